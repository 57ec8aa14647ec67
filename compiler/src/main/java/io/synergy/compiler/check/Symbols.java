package io.synergy.compiler.check;

import io.synergy.compiler.ast.Decl;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.SettingsDecl;
import io.synergy.compiler.ast.TreeDecl;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's namespaces, over all its files in command-line order: processes and freeruns share
 * one, trees and machines have their own. The first declaration of a name wins; a later one is
 * SYN100.
 */
public final class Symbols {
  /** The machines every plan knows: those of the prelude. */
  final Set<String> builtInMachines = new java.util.LinkedHashSet<>();

  final Map<String, ProcessDecl> processes = new LinkedHashMap<>();
  final Map<String, TreeDecl> trees = new LinkedHashMap<>();
  final Map<String, MachineDecl> machines = new LinkedHashMap<>();
  final List<SettingsDecl> settings = new ArrayList<>();

  /** Names of declarations that had a syntax error: references to them are not reported again. */
  final Set<String> unparsedProcesses = new HashSet<>();

  final Set<String> unparsedTrees = new HashSet<>();
  final Set<String> unparsedMachines = new HashSet<>();

  static Symbols collect(PlanFile prelude, List<PlanFile> files, Diagnostics diagnostics) {
    Symbols symbols = new Symbols();
    for (Decl decl : prelude.decls()) {
      if (decl instanceof MachineDecl m) {
        symbols.machines.put(m.name().text(), m);
        symbols.builtInMachines.add(m.name().text());
      }
    }
    for (PlanFile file : files) {
      for (Decl decl : file.decls()) {
        symbols.declare(decl, diagnostics);
      }
      for (PlanFile.Unparsed u : file.unparsed()) {
        symbols.unparsed(u);
      }
    }
    return symbols;
  }

  private void declare(Decl decl, Diagnostics diagnostics) {
    if (decl instanceof ProcessDecl p) {
      ProcessDecl first = processes.putIfAbsent(p.name().text(), p);
      if (first != null) {
        duplicate(diagnostics, p.name(), first.name(), kind(p), kind(first));
      }
    } else if (decl instanceof TreeDecl t) {
      TreeDecl first = trees.putIfAbsent(t.name().text(), t);
      if (first != null) {
        duplicate(diagnostics, t.name(), first.name(), "tree", "tree");
      }
    } else if (decl instanceof MachineDecl m) {
      declareMachine(m, diagnostics);
    } else if (decl instanceof SettingsDecl s) {
      if (!settings.isEmpty()) {
        diagnostics.report(
            Diagnostic.of(Code.SYN100, s.keyword(), "duplicate `settings` block")
                .label("a second `settings` block")
                .secondary(settings.get(0).keyword(), "the first `settings` block")
                .help("a plan has one `settings` block; merge the two"));
      }
      settings.add(s);
    }
  }

  private void declareMachine(MachineDecl m, Diagnostics diagnostics) {
    String name = m.name().text();
    if (builtInMachines.contains(name)) {
      diagnostics.report(
          Diagnostic.of(Code.SYN100, m.name().span(), "duplicate machine `" + name + "`")
              .label("declared again here")
              .note("`" + name + "` is a built-in machine")
              .help("give your machine another name"));
      return;
    }
    MachineDecl first = machines.putIfAbsent(name, m);
    if (first != null) {
      duplicate(diagnostics, m.name(), first.name(), "machine", "machine");
    }
  }

  private void unparsed(PlanFile.Unparsed u) {
    switch (u.keyword()) {
      case "tree" -> unparsedTrees.add(u.name().text());
      case "machine" -> unparsedMachines.add(u.name().text());
      default -> unparsedProcesses.add(u.name().text());
    }
  }

  private static String kind(ProcessDecl p) {
    return p.kind() == ProcessKind.MANAGED ? "process" : "freerun";
  }

  private static void duplicate(
      Diagnostics diagnostics, Name later, Name first, String laterKind, String firstKind) {
    String message =
        laterKind.equals(firstKind)
            ? "duplicate " + laterKind + " `" + later.text() + "`"
            : "duplicate name `" + later.text() + "`: a " + firstKind + " has it already";
    Diagnostic.Builder d =
        Diagnostic.of(Code.SYN100, later.span(), message)
            .label("declared again here")
            .secondary(first.span(), "first declared here");
    if (!laterKind.equals(firstKind)) {
      d.note("processes and freeruns share one namespace");
    }
    diagnostics.report(d);
  }

  /** Processes and freeruns by name, first declarations in declaration order. */
  public Map<String, ProcessDecl> processes() {
    return java.util.Collections.unmodifiableMap(processes);
  }

  /** Trees by name, first declarations in declaration order. */
  public Map<String, TreeDecl> trees() {
    return java.util.Collections.unmodifiableMap(trees);
  }

  /** Machines by name: the built-in ones first, then those declared. */
  public Map<String, MachineDecl> machines() {
    return java.util.Collections.unmodifiableMap(machines);
  }

  /** The managed process of that name, if declared. */
  Optional<ProcessDecl> managed(String name) {
    return Optional.ofNullable(processes.get(name)).filter(p -> p.kind() == ProcessKind.MANAGED);
  }

  List<String> managedNames() {
    return processes.values().stream()
        .filter(p -> p.kind() == ProcessKind.MANAGED)
        .map(p -> p.name().text())
        .toList();
  }

  boolean machineKnown(String name) {
    return machines.containsKey(name) || unparsedMachines.contains(name);
  }

  List<String> machineNames() {
    return new ArrayList<>(machines.keySet());
  }
}
