package io.synergy.compiler.check;

import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.SettingsDecl;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic checks of a parsed plan (LANGUAGE.md, SYN100 to SYN406), over the prelude and all
 * the plan's files. Each pass is linear in the size of the plan: names resolve through hash maps,
 * cycles through Tarjan's algorithm, machines over their finite set of situations.
 */
public final class Checker {
  private Checker() {}

  /** Loads the checker's libraries (cron parsing, the time-zone list) ahead of a check. */
  public static void warmUp() {
    Crons.warmUp();
    Zones.valid("UTC");
  }

  /**
   * Checks the plan; what it returns is meaningful for lowering only when no error was reported.
   */
  public static Checked check(PlanFile prelude, List<PlanFile> files, Diagnostics diagnostics) {
    Symbols symbols = Symbols.collect(prelude, files, diagnostics);
    AttributeChecker attributeChecker = new AttributeChecker(diagnostics);
    ValueChecker values = new ValueChecker(symbols, diagnostics);
    Map<String, Attribute> settings = Map.of();
    for (SettingsDecl s : symbols.settings) {
      Map<String, Attribute> checked =
          attributeChecker.check(Block.SETTINGS, s.attributes(), null, "`settings`");
      values.settings(checked);
      if (s == symbols.settings.get(0)) {
        settings = checked;
      }
    }
    Map<String, Map<String, Attribute>> attributes = new HashMap<>();
    for (PlanFile file : files) {
      for (var decl : file.decls()) {
        if (decl instanceof ProcessDecl p) {
          Block block = p.kind() == ProcessKind.MANAGED ? Block.PROCESS : Block.FREERUN;
          String title = p.kind().keyword() + " `" + p.name().text() + "`";
          Map<String, Attribute> checked =
              attributeChecker.check(block, p.attributes(), p.name(), title);
          values.process(p, checked);
          if (symbols.processes.get(p.name().text()) == p) {
            attributes.put(p.name().text(), checked);
          }
        }
      }
    }
    new TreeChecker(symbols, attributes, diagnostics).check();
    machines(prelude, files, symbols, attributes, diagnostics);
    return new Checked(symbols, settings, attributes);
  }

  private static void machines(
      PlanFile prelude,
      List<PlanFile> files,
      Symbols symbols,
      Map<String, Map<String, Attribute>> attributes,
      Diagnostics diagnostics) {
    MachineChecker checker = new MachineChecker(diagnostics);
    prelude.decls().forEach(d -> checker.check((MachineDecl) d));
    Set<String> used = new HashSet<>();
    attributes
        .values()
        .forEach(
            a ->
                ValueChecker.value(a, "machine", Value.Word.class)
                    .ifPresent(w -> used.add(w.word())));
    for (PlanFile file : files) {
      for (var decl : file.decls()) {
        if (decl instanceof MachineDecl m && symbols.machines.get(m.name().text()) == m) {
          checker.check(m);
          if (!used.contains(m.name().text())) {
            diagnostics.report(
                Diagnostic.of(
                        Code.SYN406,
                        m.name().span(),
                        "machine `" + m.name().text() + "` is never used")
                    .label("no process names it in `machine`")
                    .help(
                        "use it with `machine "
                            + m.name().text()
                            + "` in a process, or remove it"));
          }
        }
      }
    }
  }

  /** What lowering needs: the resolved names, and each block's attributes by name. */
  public record Checked(
      Symbols symbols,
      Map<String, Attribute> settings,
      Map<String, Map<String, Attribute>> processes) {}
}
