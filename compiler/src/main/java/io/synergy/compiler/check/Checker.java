package io.synergy.compiler.check;

import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.SettingsDecl;
import io.synergy.compiler.diag.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic checks of a parsed plan (LANGUAGE.md, SYN100 to SYN210 and SYN400 to SYN405), over
 * all its files. Each pass is linear in the size of the plan: names resolve through hash maps,
 * cycles through Tarjan's algorithm.
 */
public final class Checker {
  private Checker() {}

  public static void check(List<PlanFile> files, Diagnostics diagnostics) {
    Symbols symbols = Symbols.collect(files, diagnostics);
    AttributeChecker attributeChecker = new AttributeChecker(diagnostics);
    ValueChecker values = new ValueChecker(symbols, diagnostics);
    for (SettingsDecl s : symbols.settings) {
      values.settings(attributeChecker.check(Block.SETTINGS, s.attributes(), null, "`settings`"));
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
  }
}
