package io.synergy.runtime.trigger;

import io.synergy.plan.Trigger;
import io.synergy.plan.Trigger.AtTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated {@code at} or {@code cron} trigger together with a plain statement of the local times
 * it names, day by day: the independent answer that property tests hold schedules to.
 */
sealed interface LocalShape {
  Trigger trigger(ZoneId zone);

  /** The local date-times the trigger names on {@code date}. */
  Stream<LocalDateTime> on(LocalDate date);

  /**
   * The fires in {@code (from, until]} by the rule alone: every named local time of every date
   * around the window, placed with {@code ZonedDateTime.of}, each instant once.
   */
  default List<Instant> expectedFires(ZoneId zone, Instant from, Instant until) {
    NavigableSet<Instant> fires = new TreeSet<>();
    LocalDate last = LocalDate.ofInstant(until, zone).plusDays(2);
    for (LocalDate d = LocalDate.ofInstant(from, zone).minusDays(2);
        !d.isAfter(last);
        d = d.plusDays(1)) {
      on(d)
          .map(l -> ZonedDateTime.of(l, zone).toInstant())
          .filter(i -> i.isAfter(from) && !i.isAfter(until))
          .forEach(fires::add);
    }
    return List.copyOf(fires);
  }

  /** {@code at DAYS? TIME, ...}. */
  record At(List<AtTime> times) implements LocalShape {
    @Override
    public Trigger trigger(ZoneId zone) {
      return new Trigger.At(times, zone);
    }

    @Override
    public Stream<LocalDateTime> on(LocalDate date) {
      return times.stream()
          .filter(t -> t.days().contains(date.getDayOfWeek()))
          .map(t -> date.atTime(t.time()));
    }
  }

  /** {@code cron "S M H ? * DAYS"} from plain lists of seconds, minutes, hours and weekdays. */
  record Cron(
      List<Integer> seconds, List<Integer> minutes, List<Integer> hours, List<DayOfWeek> days)
      implements LocalShape {
    @Override
    public Trigger trigger(ZoneId zone) {
      return new Trigger.Cron(expression(), zone);
    }

    String expression() {
      String hourField = hours.size() == 24 ? "*" : list(hours.stream());
      String dayFields =
          days.size() == 7
              ? "* * ?"
              : "? * " + list(days.stream().map(d -> d.name().substring(0, 3)));
      return list(seconds.stream())
          + " "
          + list(minutes.stream())
          + " "
          + hourField
          + " "
          + dayFields;
    }

    @Override
    public Stream<LocalDateTime> on(LocalDate date) {
      if (!days.contains(date.getDayOfWeek())) {
        return Stream.empty();
      }
      return hours.stream()
          .flatMap(
              h -> minutes.stream().flatMap(m -> seconds.stream().map(s -> date.atTime(h, m, s))));
    }

    @Override
    public String toString() {
      return "Cron[" + expression() + "]";
    }

    private static String list(Stream<?> values) {
      return values.map(String::valueOf).collect(Collectors.joining(","));
    }
  }
}
