package io.synergy.runtime.trigger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks a schedule forward, one {@code next} after another. */
final class Fires {
  private Fires() {}

  /** The fires in {@code (from, until]}, each found by asking for the one after the last. */
  static List<Instant> between(Schedule schedule, Instant from, Instant until) {
    List<Instant> fires = new ArrayList<>();
    Instant last = from;
    Optional<Instant> next = schedule.next(from);
    while (next.isPresent() && !next.get().isAfter(until)) {
      last = strictlyAfter(last, next.get());
      fires.add(last);
      next = schedule.next(last);
    }
    return fires;
  }

  /** {@code n} fires after {@code from}. */
  static List<Instant> after(Schedule schedule, Instant from, int n) {
    List<Instant> fires = new ArrayList<>();
    Instant last = from;
    for (int i = 0; i < n; i++) {
      last = strictlyAfter(last, schedule.next(last).orElseThrow());
      fires.add(last);
    }
    return fires;
  }

  private static Instant strictlyAfter(Instant after, Instant fire) {
    if (!fire.isAfter(after)) {
      throw new AssertionError("next(" + after + ") answered " + fire + ", not after it");
    }
    return fire;
  }
}
