package io.synergy.compiler.lower;

import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Trigger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a trigger: its own zone or the plan's, day ranges expanded (wrapping ones too), `every 1m`
 * by default.
 */
final class Triggers {
  /** The trigger of a process that declares none (LANGUAGE.md). */
  static final Duration DEFAULT_EVERY = Duration.ofMinutes(1);

  private Triggers() {}

  static io.synergy.plan.Trigger lower(Optional<Trigger> trigger, ZoneId planZone) {
    if (trigger.isEmpty()) {
      return new io.synergy.plan.Trigger.Every(DEFAULT_EVERY, planZone);
    }
    Trigger t = trigger.get();
    ZoneId zone = t.zone().map(StringLit::value).map(ZoneId::of).orElse(planZone);
    if (t instanceof Trigger.Every e) {
      return new io.synergy.plan.Trigger.Every(e.every().value(), zone);
    }
    if (t instanceof Trigger.Cron c) {
      return new io.synergy.plan.Trigger.Cron(c.expression().value(), zone);
    }
    List<io.synergy.plan.Trigger.AtTime> times = new ArrayList<>();
    for (Trigger.AtTime at : ((Trigger.At) t).times()) {
      times.add(new io.synergy.plan.Trigger.AtTime(days(at.days()), at.time().value()));
    }
    return new io.synergy.plan.Trigger.At(times, zone);
  }

  private static List<DayOfWeek> days(Optional<Trigger.DayRange> range) {
    if (range.isEmpty()) {
      return Arrays.asList(DayOfWeek.values());
    }
    DayOfWeek first = range.get().first().day();
    DayOfWeek last = range.get().last().map(Trigger.DayLit::day).orElse(first);
    List<DayOfWeek> days = new ArrayList<>();
    for (DayOfWeek d = first; ; d = d.plus(1)) {
      days.add(d);
      if (d == last) {
        return days;
      }
    }
  }
}
