package io.synergy.plan;

import java.util.List;

/**
 * A named timetable tree: its processes ordered coarsest to finest, and the trees it depends on.
 */
public record Tree(String name, List<String> processes, List<String> dependsOn, Origin origin) {
  public Tree {
    processes = List.copyOf(processes);
    dependsOn = List.copyOf(dependsOn);
  }
}
