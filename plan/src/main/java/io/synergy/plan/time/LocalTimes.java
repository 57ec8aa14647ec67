package io.synergy.plan.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

/** Where local times of a zone fall on the timeline, around its clock changes. */
final class LocalTimes {
  private final ZoneRules rules;

  LocalTimes(ZoneRules rules) {
    this.rules = rules;
  }

  /**
   * The first instant whose local time is {@code local} or later: its first occurrence, or, when
   * the clocks skip it, the instant they jump. Never decreases as {@code local} grows.
   */
  Instant firstAtOrAfter(LocalDateTime local) {
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    Instant first = local.toInstant(offsets.get(0));
    for (ZoneOffset offset : offsets) {
      Instant candidate = local.toInstant(offset);
      first = candidate.isBefore(first) ? candidate : first;
    }
    return first;
  }

  /**
   * The second occurrence of {@code hourStart} when the whole hour from it repeats after the clocks
   * go back (Europe/Berlin's 02:00 on its autumn day), else empty (Australia/Lord_Howe's half-hour
   * repeat has none).
   */
  Optional<Instant> repeatOfHour(LocalDateTime hourStart) {
    if (rules.getValidOffsets(hourStart).size() < 2) {
      return Optional.empty();
    }
    ZoneOffsetTransition back = rules.getTransition(hourStart);
    if (hourStart.plusHours(1).isAfter(back.getDateTimeBefore())) {
      return Optional.empty();
    }
    return Optional.of(hourStart.toInstant(back.getOffsetAfter()));
  }
}
