package io.synergy.plan;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A process, managed or freerun, with every attribute resolved. A managed process has a period, a
 * machine and a blocking rule; a freerun has none of them and no tree.
 */
public record Process(
    String name,
    Kind kind,
    Optional<PeriodKind> period,
    Optional<String> machine,
    Optional<Blocking> blocking,
    Trigger trigger,
    RunTemplate run,
    String queue,
    List<String> boxes,
    int group,
    int retries,
    Duration backoff,
    Optional<Duration> timeout,
    ExitMapping exit,
    Optional<String> source,
    Optional<String> sink,
    Map<String, RunTemplate.Arg> args,
    Optional<String> tree,
    boolean enabled,
    Origin origin) {

  /** Managed processes run once per period under a machine; freeruns are cron-like. */
  public enum Kind {
    MANAGED,
    FREERUN
  }

  /** When a managed job's machine runs (SEMANTICS.md, trees and dependencies). */
  public enum Blocking {
    NORMAL,
    CHILDREN,
    DEPENDENCIES
  }

  public Process {
    boxes = List.copyOf(boxes);
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    boolean managed = kind == Kind.MANAGED;
    Plan.require(
        managed == period.isPresent()
            && managed == machine.isPresent()
            && managed == blocking.isPresent(),
        "process `%s`: period, machine and blocking go with managed processes only",
        name);
    Plan.require(managed || tree.isEmpty(), "freerun `%s` cannot be in a tree", name);
    Plan.require(
        group >= 1 && period.map(p -> group <= p.maxGroup()).orElse(group == 1),
        "process `%s`: group %d out of range",
        name,
        group);
    Plan.require(
        retries >= 0 && !backoff.isNegative(), "process `%s`: bad retries or backoff", name);
    Plan.require(!queue.isEmpty(), "process `%s`: empty queue name", name);
  }

  public boolean isManaged() {
    return kind == Kind.MANAGED;
  }

  /** The default queue of a process: {@code synergy.work.<name>}. */
  public static String defaultQueue(String name) {
    return "synergy.work." + name;
  }
}
