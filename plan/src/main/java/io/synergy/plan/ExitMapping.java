package io.synergy.plan;

import java.util.List;

/**
 * The exit statuses that mean {@code noop} and {@code canceled}; 0 means processed, anything else
 * invalid.
 */
public record ExitMapping(List<Integer> noop, List<Integer> canceled) {
  public static final ExitMapping NONE = new ExitMapping(List.of(), List.of());

  public ExitMapping {
    noop = noop.stream().distinct().sorted().toList();
    canceled = canceled.stream().distinct().sorted().toList();
    for (int status : noop) {
      Plan.require(status >= 1 && status <= 255, "exit status %d out of 1..255", status);
      Plan.require(!canceled.contains(status), "exit status %d has two meanings", status);
    }
    canceled.forEach(s -> Plan.require(s >= 1 && s <= 255, "exit status %d out of 1..255", s));
  }
}
