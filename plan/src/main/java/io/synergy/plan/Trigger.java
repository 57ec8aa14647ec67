package io.synergy.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** When a process runs, in a time zone (the plan's unless the trigger names another). */
public sealed interface Trigger {
  ZoneId zone();

  /** Fires at start-up and then every {@code every}. */
  record Every(Duration every, ZoneId zone) implements Trigger {
    public Every {
      Plan.require(
          every.compareTo(Duration.ofSeconds(1)) >= 0, "every needs at least 1s, got %s", every);
    }
  }

  /** Fires at local times on given days. */
  record At(List<AtTime> times, ZoneId zone) implements Trigger {
    public At {
      times = List.copyOf(times);
      Plan.require(!times.isEmpty(), "at needs at least one time");
    }
  }

  /** A Quartz cron expression, seconds first. */
  record Cron(String expression, ZoneId zone) implements Trigger {}

  /**
   * One local time of day on a set of days (all seven when the source gave none), in week order
   * from Monday.
   */
  record AtTime(List<DayOfWeek> days, LocalTime time) {
    public AtTime {
      days = days.stream().distinct().sorted().toList();
      Plan.require(!days.isEmpty(), "an at time needs at least one day");
    }
  }
}
