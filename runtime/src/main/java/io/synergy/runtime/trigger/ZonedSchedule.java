package io.synergy.runtime.trigger;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.Optional;

/**
 * Local date-times placed on the timeline of a zone, the rule of {@code at} and {@code cron}: each
 * local date-time fires at {@code ZonedDateTime.of(local, zone)}. So a local time that does not
 * exist (clocks go forward) fires later by the length of the gap, 02:30 in a 02:00-03:00 gap at
 * 03:30 of the new offset; a local time that occurs twice (clocks go back) fires once, at its first
 * occurrence, the earlier offset; and local times that land on the same instant fire once.
 *
 * <p>Placing is monotonic except inside a gap, where a shifted time may land after later local
 * times, so {@link #next} takes the earlier of the first fire outside gaps and the first shifted
 * fire of each gap that could come before it.
 */
public final class ZonedSchedule implements Schedule {
  private final LocalTimes times;
  private final ZoneId zone;
  private final ZoneRules rules;

  ZonedSchedule(LocalTimes times, ZoneId zone) {
    this.times = Objects.requireNonNull(times, "times");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rules = zone.getRules();
  }

  public ZoneId zone() {
    return zone;
  }

  @Override
  public Optional<Instant> next(Instant after) {
    Optional<Instant> outside = nextOutsideGaps(after);
    return earlier(outside, nextInGaps(after, outside));
  }

  @Override
  public Optional<Instant> startUpFire() {
    return Optional.empty();
  }

  private Instant place(LocalDateTime local) {
    return ZonedDateTime.of(local, zone).toInstant();
  }

  /**
   * Outside gaps placing is increasing, so this is the first local time after that of {@code after}
   * which is in no gap and not the second pass of a repeated time already fired.
   */
  private Optional<Instant> nextOutsideGaps(Instant after) {
    Optional<LocalDateTime> local = times.next(LocalDateTime.ofInstant(after, zone));
    while (local.isPresent()) {
      ZoneOffsetTransition change = rules.getTransition(local.get());
      if (change == null || change.isOverlap()) {
        Instant fire = place(local.get());
        if (fire.isAfter(after)) {
          return Optional.of(fire);
        }
      }
      local = times.next(change == null ? local.get() : lastLocalTimeIn(change));
    }
    return Optional.empty();
  }

  /**
   * The first shifted fire after {@code after} of the gaps that could fire before {@code bound}.
   */
  private Optional<Instant> nextInGaps(Instant after, Optional<Instant> bound) {
    Optional<Instant> best = bound;
    ZoneOffsetTransition change = rules.previousTransition(after.plusSeconds(1));
    change = change == null ? rules.nextTransition(after) : change;
    while (change != null && (best.isEmpty() || change.getInstant().isBefore(best.get()))) {
      if (best.isEmpty() && times.next(firstLocalTimeIn(change).minusNanos(1)).isEmpty()) {
        break;
      }
      if (change.isGap()) {
        best = earlier(best, firstShifted(change, after));
      }
      change = rules.nextTransition(change.getInstant());
    }
    return best;
  }

  /**
   * The first local time in {@code gap} that fires after {@code after}: a time in a gap fires at
   * the instant it names in the offset before the gap, so all of them before the gap's end.
   */
  private Optional<Instant> firstShifted(ZoneOffsetTransition gap, Instant after) {
    if (!gap.getInstant().plus(gap.getDuration()).isAfter(after)) {
      return Optional.empty();
    }
    LocalDateTime afterLocal = LocalDateTime.ofInstant(after, gap.getOffsetBefore());
    LocalDateTime start = gap.getDateTimeBefore().minusNanos(1);
    Optional<LocalDateTime> local = times.next(afterLocal.isAfter(start) ? afterLocal : start);
    return local.filter(l -> l.isBefore(gap.getDateTimeAfter())).map(this::place);
  }

  /** The first local time that a gap skips or an overlap repeats. */
  private static LocalDateTime firstLocalTimeIn(ZoneOffsetTransition change) {
    return change.isGap() ? change.getDateTimeBefore() : change.getDateTimeAfter();
  }

  /** The last local time that a gap skips or an overlap repeats. */
  private static LocalDateTime lastLocalTimeIn(ZoneOffsetTransition change) {
    LocalDateTime end = change.isGap() ? change.getDateTimeAfter() : change.getDateTimeBefore();
    return end.minusNanos(1);
  }

  private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b : a;
    }
    return a.get().isBefore(b.get()) ? a : b;
  }
}
