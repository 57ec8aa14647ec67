package io.synergy.plan;

import io.synergy.plan.machine.Machine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved, checked plan: what the runtime executes. Every default is filled in and every
 * reference resolved; nothing of the source text is left but origins. Processes, trees and machines
 * keep declaration order, the built-in machines first. Production code gets plans only from the
 * compiler.
 */
public record Plan(
    Settings settings, List<Process> processes, List<Tree> trees, List<Machine> machines) {

  public Plan {
    processes = List.copyOf(processes);
    trees = List.copyOf(trees);
    machines = List.copyOf(machines);
    Map<String, Machine> byName = new HashMap<>();
    machines.forEach(
        m -> require(byName.put(m.name(), m) == null, "machine `%s` declared twice", m.name()));
    Map<String, Process> processByName = new HashMap<>();
    for (Process p : processes) {
      require(processByName.put(p.name(), p) == null, "process `%s` declared twice", p.name());
      p.machine()
          .ifPresent(
              m ->
                  require(
                      byName.containsKey(m),
                      "process `%s` uses unknown machine `%s`",
                      p.name(),
                      m));
    }
    Map<String, Tree> treeByName = new HashMap<>();
    for (Tree t : trees) {
      require(treeByName.put(t.name(), t) == null, "tree `%s` declared twice", t.name());
      for (String member : t.processes()) {
        Process p = processByName.get(member);
        require(
            p != null && p.isManaged(),
            "tree `%s` lists `%s`, which is no managed process",
            t.name(),
            member);
        require(
            p.tree().equals(Optional.of(t.name())),
            "process `%s` does not name tree `%s`",
            member,
            t.name());
      }
    }
    for (Tree t : trees) {
      t.dependsOn()
          .forEach(
              d ->
                  require(
                      treeByName.containsKey(d),
                      "tree `%s` depends on unknown tree `%s`",
                      t.name(),
                      d));
    }
    for (Process p : processes) {
      p.tree()
          .ifPresent(
              t ->
                  require(
                      treeByName.containsKey(t),
                      "process `%s` names unknown tree `%s`",
                      p.name(),
                      t));
    }
  }

  /** The process of that name. */
  public Optional<Process> process(String name) {
    return processes.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The machine of that name. */
  public Optional<Machine> machine(String name) {
    return machines.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The tree of that name. */
  public Optional<Tree> tree(String name) {
    return trees.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  static void require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }
}
