package io.synergy.compiler.check;

import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.TreeDecl;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trees and their dependencies: membership (SYN101, SYN108, SYN401), one process per period
 * (SYN400), `depends_on` (SYN102, SYN402, SYN403), and what a process's place in its tree allows
 * (SYN209, SYN404, SYN405).
 */
final class TreeChecker {
  /** Period kinds from coarsest to finest. */
  static final List<String> PERIODS = List.of("yearly", "monthly", "daily", "hourly");

  private final Symbols symbols;
  private final Map<String, Map<String, Attribute>> attributes;
  private final Diagnostics diagnostics;

  /** Each process's tree (the first that lists it). */
  private final Map<String, TreeDecl> treeOf = new HashMap<>();

  /** Each tree's resolved members, by period kind. */
  private final Map<String, Map<String, ProcessDecl>> membersByPeriod = new HashMap<>();

  /**
   * Trees with a member whose period is unknown (an unknown or unparsed process, or one without a
   * `period`): which periods they have, and which process is their finest, is not known, so the
   * checks that depend on it are not made.
   */
  private final Set<String> incomplete = new HashSet<>();

  /** Each tree's resolved dependencies, as the `depends_on` entries that name a declared tree. */
  private final Map<String, List<Name>> edges = new LinkedHashMap<>();

  TreeChecker(
      Symbols symbols, Map<String, Map<String, Attribute>> attributes, Diagnostics diagnostics) {
    this.symbols = symbols;
    this.attributes = attributes;
    this.diagnostics = diagnostics;
  }

  void check() {
    symbols.trees.values().forEach(this::members);
    symbols.trees.values().forEach(this::dependencies);
    new Cycles(symbols.trees, edges, diagnostics).report();
    edges.forEach(this::sharedPeriods);
    symbols.processes.values().stream()
        .filter(p -> p.kind() == ProcessKind.MANAGED)
        .forEach(this::placeInTree);
  }

  private void members(TreeDecl tree) {
    Map<String, ProcessDecl> byPeriod = new LinkedHashMap<>();
    Map<String, Name> listed = new HashMap<>();
    for (Name member : tree.members()) {
      ProcessDecl p = symbols.processes.get(member.text());
      if (p == null) {
        unknownProcess(member);
        incomplete.add(tree.name().text());
        continue;
      }
      if (p.kind() == ProcessKind.FREERUN) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN108,
                    member.span(),
                    "`" + member.text() + "` is a freerun, not a process")
                .label("a tree holds managed processes only")
                .secondary(p.name().span(), "declared as a freerun here")
                .note("a freerun has no period, so it cannot have a place in a tree"));
        continue;
      }
      Name again = listed.putIfAbsent(member.text(), member);
      if (again != null) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN400,
                    member.span(),
                    "`" + member.text() + "` is listed twice in tree `" + tree.name().text() + "`")
                .label("listed again here")
                .secondary(again.span(), "first listed here"));
        continue;
      }
      TreeDecl other = treeOf.putIfAbsent(member.text(), tree);
      if (other != null) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN401,
                    member.span(),
                    "process `" + member.text() + "` is in more than one tree")
                .label("also listed in tree `" + tree.name().text() + "`")
                .secondary(
                    firstListing(other, member.text()).span(),
                    "listed in tree `" + other.name().text() + "` first")
                .help(
                    "a process belongs to at most one tree; use `depends_on` between the trees instead"));
        continue;
      }
      Optional<String> period = period(p);
      if (period.isEmpty()) {
        incomplete.add(tree.name().text());
        continue;
      }
      ProcessDecl same = byPeriod.putIfAbsent(period.get(), p);
      if (same != null) {
        samePeriod(tree, member, period.get(), listed.get(same.name().text()));
      }
    }
    membersByPeriod.put(tree.name().text(), byPeriod);
  }

  private void samePeriod(TreeDecl tree, Name member, String period, Name first) {
    diagnostics.report(
        Diagnostic.of(
                Code.SYN400,
                member.span(),
                "tree `"
                    + tree.name().text()
                    + "` has two "
                    + period
                    + " processes, `"
                    + first.text()
                    + "` and `"
                    + member.text()
                    + "`")
            .label("a second " + period + " process")
            .secondary(first.span(), "the first " + period + " process")
            .note(
                "a tree has at most one process per period; put the other one in a tree of its own"));
  }

  private static Name firstListing(TreeDecl tree, String process) {
    return tree.members().stream()
        .filter(n -> n.text().equals(process))
        .findFirst()
        .orElse(tree.name());
  }

  private void unknownProcess(Name member) {
    if (symbols.unparsedProcesses.contains(member.text())) {
      return;
    }
    Diagnostic.Builder d =
        Diagnostic.of(Code.SYN101, member.span(), "unknown process `" + member.text() + "`")
            .label("not declared in this plan");
    Suggestions.nearest(member.text(), symbols.managedNames())
        .ifPresent(s -> d.help("did you mean `" + s + "`?"));
    diagnostics.report(d);
  }

  private void dependencies(TreeDecl tree) {
    List<Name> resolved = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (Name dep : tree.dependsOn()) {
      if (!named.add(dep.text())) {
        continue; // a repeated entry means nothing more; the plan lists it once
      }
      if (symbols.trees.containsKey(dep.text())) {
        resolved.add(dep);
      } else if (!symbols.unparsedTrees.contains(dep.text())) {
        Diagnostic.Builder d =
            Diagnostic.of(Code.SYN102, dep.span(), "unknown tree `" + dep.text() + "`")
                .label("no tree of this name");
        Suggestions.nearest(dep.text(), symbols.trees.keySet())
            .ifPresent(s -> d.help("did you mean `" + s + "`?"));
        if (symbols.processes.containsKey(dep.text())) {
          d.note(
              "`"
                  + dep.text()
                  + "` is a process; `depends_on` names trees (a process in no tree has an anonymous tree, which cannot be named)");
        }
        diagnostics.report(d);
      }
    }
    edges.put(tree.name().text(), resolved);
  }

  private void sharedPeriods(String tree, List<Name> deps) {
    Set<String> mine = membersByPeriod.getOrDefault(tree, Map.of()).keySet();
    for (Name dep : deps) {
      Set<String> theirs = membersByPeriod.getOrDefault(dep.text(), Map.of()).keySet();
      if (mine.isEmpty()
          || theirs.isEmpty()
          || dep.text().equals(tree)
          || incomplete.contains(tree)
          || incomplete.contains(dep.text())) {
        continue;
      }
      Set<String> shared = new HashSet<>(mine);
      shared.retainAll(theirs);
      if (shared.isEmpty()) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN403,
                    dep.span(),
                    "tree `" + tree + "` depends on `" + dep.text() + "`, but they share no period")
                .label("this dependency never blocks anything")
                .note(
                    "`"
                        + tree
                        + "` has "
                        + String.join(", ", order(mine))
                        + "; `"
                        + dep.text()
                        + "` has "
                        + String.join(", ", order(theirs)))
                .note("a job waits only for the job of the same period in the tree it depends on"));
      }
    }
  }

  private static List<String> order(Set<String> periods) {
    return PERIODS.stream().filter(periods::contains).toList();
  }

  private void placeInTree(ProcessDecl p) {
    Map<String, Attribute> attrs = attributes.getOrDefault(p.name().text(), Map.of());
    Optional<String> period = period(p);
    if (period.isEmpty()) {
      return;
    }
    TreeDecl tree = treeOf.get(p.name().text());
    boolean finest = tree == null || finest(tree).filter(f -> f == p).isPresent();
    // A second process of one period (SYN400) has no place in its tree, so no children either.
    boolean placed =
        tree == null || membersByPeriod.getOrDefault(tree.name().text(), Map.of()).containsValue(p);
    ValueChecker.value(attrs, "group", Value.Int.class)
        // an out-of-range `group` has its own diagnostic (SYN203)
        .filter(g -> g.value().value() > 1 && placed && !finest)
        .filter(g -> ValueChecker.groupInRange(g.value().value(), period.get()))
        .ifPresent(
            g ->
                diagnostics.report(
                    Diagnostic.of(
                            Code.SYN209,
                            g.span(),
                            "`group` above 1 on `"
                                + p.name().text()
                                + "`, which has children in tree `"
                                + tree.name().text()
                                + "`")
                        .label("only the finest process of a tree may group")
                        .help(
                            "move `group` to the finest process of the tree, `"
                                + finest(tree).map(f -> f.name().text()).orElse("?")
                                + "`")));
    ValueChecker.value(attrs, "blocking", Value.Word.class)
        .ifPresent(
            b -> {
              if (b.word().equals("dependencies") && (tree == null || tree.dependsOn().isEmpty())) {
                diagnostics.report(
                    Diagnostic.of(
                            Code.SYN404,
                            b.span(),
                            "`blocking dependencies` on `"
                                + p.name().text()
                                + "`, whose tree has no `depends_on`")
                        .label("there are no dependencies to wait for")
                        .help(
                            tree == null
                                ? "put `"
                                    + p.name().text()
                                    + "` in a tree with `depends_on`, or remove `blocking dependencies`"
                                : "add `depends_on` to tree `"
                                    + tree.name().text()
                                    + "`, or remove `blocking dependencies`"));
              } else if (b.word().equals("children")
                  && finest
                  && (tree == null || !incomplete.contains(tree.name().text()))) {
                diagnostics.report(
                    Diagnostic.of(
                            Code.SYN405,
                            b.span(),
                            "`blocking children` on `"
                                + p.name().text()
                                + "`, which has no children")
                        .label("the finest process of its tree")
                        .help(
                            tree == null
                                ? "remove `blocking children`, or put `"
                                    + p.name().text()
                                    + "` in a tree with a finer process"
                                : "remove `blocking children`, or add a finer process to tree `"
                                    + tree.name().text()
                                    + "`"));
              }
            });
  }

  private Optional<ProcessDecl> finest(TreeDecl tree) {
    Map<String, ProcessDecl> byPeriod = membersByPeriod.getOrDefault(tree.name().text(), Map.of());
    for (int i = PERIODS.size() - 1; i >= 0; i--) {
      ProcessDecl p = byPeriod.get(PERIODS.get(i));
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private Optional<String> period(ProcessDecl p) {
    return ValueChecker.value(
            attributes.getOrDefault(p.name().text(), Map.of()), "period", Value.Word.class)
        .map(Value.Word::word);
  }
}
