package io.synergy.plan.time;

import io.synergy.plan.PeriodKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One period of a zone's timeline: an hour, a day, a month or a year, the half-open interval {@code
 * [start, end)} of instants (SEMANTICS.md, Periods). Get periods from a {@link Timeline}, which
 * knows the zone's clock changes; this record only checks that the id has the kind's shape and that
 * the period is not empty.
 *
 * @param id the local start as {@code YYYYMMDDHH}, finer fields zeroed, {@code b} after the second
 *     occurrence of a repeated hour: {@code 2026120312}, {@code 2026120300}, {@code 2026120000},
 *     {@code 2026000000}, {@code 2026102502b}
 */
public record Period(PeriodKind kind, String id, Instant start, Instant end, ZoneId zone) {

  public Period {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    PeriodId.parse(kind, Objects.requireNonNull(id, "id"));
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          String.format("period `%s` is empty: it starts at %s and ends at %s", id, start, end));
    }
  }

  /** Whether {@code t} lies in {@code [start, end)}. */
  public boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  /** How long the period lasts: not always an hour or 24 hours where the clocks change. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Past when the period has ended at {@code now}, live when it contains it, else future. */
  public Tense tense(Instant now) {
    if (!now.isBefore(end)) {
      return Tense.PAST;
    }
    return now.isBefore(start) ? Tense.FUTURE : Tense.LIVE;
  }

  public boolean isLive(Instant now) {
    return tense(now) == Tense.LIVE;
  }

  public boolean isPast(Instant now) {
    return tense(now) == Tense.PAST;
  }

  public boolean isFuture(Instant now) {
    return tense(now) == Tense.FUTURE;
  }

  /** The id's fields. */
  PeriodId label() {
    return PeriodId.parse(kind, id);
  }

  /** {@code hourly 2026102502b [2026-10-25T01:00:00Z, 2026-10-25T02:00:00Z) Europe/Berlin}. */
  @Override
  public String toString() {
    return String.format("%s %s [%s, %s) %s", kind.word(), id, start, end, zone);
  }
}
