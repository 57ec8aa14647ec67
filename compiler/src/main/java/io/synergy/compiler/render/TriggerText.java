package io.synergy.compiler.render;

import io.synergy.plan.Trigger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trigger in the words of the language, short enough for a label: {@code every 5m}, {@code at
 * Mon-Fri 06:00, Sat 08:30}, {@code cron 0 30 2 * * ?}, followed by {@code in Zone/Name} when the
 * trigger's zone is not the plan's.
 */
public final class TriggerText {
  private TriggerText() {}

  /** The trigger as text, naming its zone only when it differs from {@code planZone}. */
  public static String of(Trigger trigger, ZoneId planZone) {
    String text;
    if (trigger instanceof Trigger.Every every) {
      text = "every " + duration(every.every());
    } else if (trigger instanceof Trigger.At at) {
      text = "at " + times(at.times());
    } else {
      text = "cron " + ((Trigger.Cron) trigger).expression();
    }
    return trigger.zone().equals(planZone) ? text : text + " in " + trigger.zone().getId();
  }

  /** A duration in the units of the language, largest first: {@code 90s} is {@code 1m30s}. */
  public static String duration(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (seconds >= sizes[i]) {
        text.append(seconds / sizes[i]).append(units[i]);
        seconds %= sizes[i];
      }
    }
    return text.toString();
  }

  private static String times(List<Trigger.AtTime> times) {
    List<String> entries = new ArrayList<>();
    for (Trigger.AtTime time : times) {
      String clock = clock(time.time());
      List<String> runs = dayRuns(time.days());
      if (runs.isEmpty()) {
        entries.add(clock);
      } else {
        runs.forEach(days -> entries.add(days + " " + clock));
      }
    }
    return String.join(", ", entries);
  }

  private static String clock(LocalTime time) {
    String text = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    return time.getSecond() == 0
        ? text
        : text + String.format(Locale.ROOT, ":%02d", time.getSecond());
  }

  /**
   * The days as runs of consecutive days in week order, {@code Mon-Fri} or {@code Sat}, a run past
   * Sunday written as in the source ({@code Fri-Mon}); none for every day of the week.
   */
  static List<String> dayRuns(List<DayOfWeek> days) {
    if (days.size() == 7) {
      return List.of();
    }
    boolean[] on = new boolean[7];
    days.forEach(d -> on[d.getValue() - 1] = true);
    int off = 6;
    while (on[off]) {
      off--;
    }
    List<String> runs = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      int first = (off + i) % 7;
      if (on[first] && !on[(first + 6) % 7]) {
        int last = first;
        while (on[(last + 1) % 7]) {
          last = (last + 1) % 7;
        }
        runs.add(first == last ? day(first) : day(first) + "-" + day(last));
      }
    }
    return runs;
  }

  private static String day(int index) {
    return DayOfWeek.of(index + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
