package io.synergy.plan.time;

import io.synergy.plan.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hourly periods of one day (SEMANTICS.md, Periods). Hour H runs from the first occurrence of
 * local H:00 to that of H+1:00, where a skipped local time "occurs" at the instant the clocks jump
 * over it: an hour the clocks skip entirely has no period, one they shorten or lengthen by half an
 * hour lasts 30 or 90 minutes. When a whole local hour repeats, its second occurrence is a period
 * of its own, {@code H} + {@code b}. Each period ends where the next one starts; the last ends at
 * the day's end.
 */
final class DayHours {
  private DayHours() {}

  private record Start(Instant at, int hour, boolean repeat) {}

  /** The hours of the day {@code day}, a daily period of {@code zone}, in time order. */
  static List<Period> of(LocalTimes times, Period day, ZoneId zone) {
    LocalDate date = day.label().date();
    List<Start> starts = new ArrayList<>(25);
    Instant next = times.firstAtOrAfter(date.atStartOfDay());
    for (int hour = 0; hour < 24; hour++) {
      LocalDateTime local = date.atTime(hour, 0);
      Instant first = next;
      next = times.firstAtOrAfter(local.plusHours(1));
      if (first.isBefore(next)) {
        starts.add(new Start(first, hour, false));
      }
      int h = hour;
      times
          .repeatOfHour(local)
          .filter(day::contains)
          .ifPresent(at -> starts.add(new Start(at, h, true)));
    }
    starts.sort(Comparator.comparing(Start::at));
    List<Period> hours = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      Start s = starts.get(i);
      Instant end = i + 1 < starts.size() ? starts.get(i + 1).at() : day.end();
      String id = PeriodId.hour(date, s.hour(), s.repeat()).text();
      hours.add(new Period(PeriodKind.HOURLY, id, s.at(), end, zone));
    }
    return List.copyOf(hours);
  }
}
