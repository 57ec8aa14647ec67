package io.synergy.runtime.trigger;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code every D}: fires at start-up and then at start-up + k·D. It counts elapsed time from the
 * start-up instant, not wall-clock time, so clock changes and zones do not move it, and a restart
 * starts a new sequence rather than aligning to the clock.
 */
public record EverySchedule(Duration every, Instant startUp) implements Schedule {
  public EverySchedule {
    Objects.requireNonNull(startUp, "startUp");
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("every needs at least 1s, got " + every);
    }
  }

  @Override
  public Optional<Instant> next(Instant after) {
    if (after.isBefore(startUp)) {
      return Optional.of(startUp);
    }
    long periods = Duration.between(startUp, after).dividedBy(every);
    return Optional.of(startUp.plus(every.multipliedBy(periods + 1)));
  }

  @Override
  public Optional<Instant> startUpFire() {
    return Optional.of(startUp);
  }
}
