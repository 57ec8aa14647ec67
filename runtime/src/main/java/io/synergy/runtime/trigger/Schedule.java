package io.synergy.runtime.trigger;

import io.synergy.plan.Trigger;
import java.time.Instant;
import java.util.Optional;

/** The instants at which a trigger fires. */
public interface Schedule {
  /** The first fire strictly after {@code after}; empty when the schedule never fires again. */
  Optional<Instant> next(Instant after);

  /** The fire due at start-up, if any: {@code every} fires at start-up, the others do not. */
  Optional<Instant> startUpFire();

  /**
   * The schedule of {@code trigger} for a scheduler that starts at {@code startUp}; the trigger's
   * own zone places {@code at} and {@code cron} times.
   */
  static Schedule of(Trigger trigger, Instant startUp) {
    if (trigger instanceof Trigger.Every every) {
      return new EverySchedule(every.every(), startUp);
    }
    if (trigger instanceof Trigger.At at) {
      return new ZonedSchedule(new AtTimes(at.times()), at.zone());
    }
    Trigger.Cron cron = (Trigger.Cron) trigger;
    return new ZonedSchedule(CronTimes.parse(cron.expression()), cron.zone());
  }
}
