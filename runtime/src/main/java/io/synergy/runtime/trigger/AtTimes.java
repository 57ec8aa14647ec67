package io.synergy.runtime.trigger;

import io.synergy.plan.Trigger.AtTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The local date-times of {@code at DAYS? TIME, ...}: each time on each of its days. */
final class AtTimes implements LocalTimes {
  private final List<AtTime> times;

  AtTimes(List<AtTime> times) {
    if (times.isEmpty()) {
      throw new IllegalArgumentException("at needs at least one time");
    }
    this.times = List.copyOf(times);
  }

  /** Every time has at least one day, so the answer lies within a week after {@code after}. */
  @Override
  public Optional<LocalDateTime> next(LocalDateTime after) {
    for (int day = 0; day <= 7; day++) {
      Optional<LocalDateTime> first = firstOn(after.toLocalDate().plusDays(day), after);
      if (first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDateTime> firstOn(LocalDate date, LocalDateTime after) {
    return times.stream()
        .filter(t -> t.days().contains(date.getDayOfWeek()))
        .map(t -> date.atTime(t.time()))
        .filter(candidate -> candidate.isAfter(after))
        .min(Comparator.naturalOrder());
  }
}
