package io.synergy.plan.time;

import java.time.Instant;

/**
 * The {@code [start, end)} window of a job, in whole periods (LANGUAGE.md, placeholders): {@code
 * {start}} is the id of its first period and {@code {end}} the id of the first period after it (for
 * a group, the period after the stem).
 */
public record Window(Period first, Period after) {

  public Window {
    if (first.kind() != after.kind() || !first.zone().equals(after.zone())) {
      throw new IllegalArgumentException(
          String.format("window from `%s` to `%s` mixes kinds or zones", first, after));
    }
    if (after.start().isBefore(first.end())) {
      throw new IllegalArgumentException(
          String.format("window from `%s` to `%s` ends before its first period", first, after));
    }
  }

  /** {@code {start}}: the id of the window's first period. */
  public String startId() {
    return first.id();
  }

  /** {@code {end}}: the id of the first period after the window. */
  public String endId() {
    return after.id();
  }

  public Instant start() {
    return first.start();
  }

  public Instant end() {
    return after.start();
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start()) && t.isBefore(end());
  }
}
