package io.synergy.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The plan's settings, every default filled in (LANGUAGE.md, settings). */
public record Settings(
    ZoneId timezone, Optional<Start> start, Duration discreteLag, int maxFailures, Gc gc) {

  /** The defaults of a plan without a `settings` block. */
  public static final Settings DEFAULT =
      new Settings(ZoneId.of("UTC"), Optional.empty(), Duration.ofMinutes(5), 3, Gc.DEFAULT);

  public Settings {
    Plan.require(!discreteLag.isNegative(), "discrete_lag must not be negative");
    Plan.require(maxFailures >= 0, "max_failures must not be negative");
  }

  /**
   * The earliest period tracked: a date, or a duration before the first start that the store
   * remembers.
   */
  public sealed interface Start {
    /** {@code start 2026-12-01}. */
    record OnDate(LocalDate date) implements Start {}

    /** {@code start -2d}: that long before the first start. */
    record Before(Duration duration) implements Start {
      public Before {
        Plan.require(
            !duration.isNegative() && !duration.isZero(),
            "start -DURATION needs a positive duration");
      }
    }
  }

  /** The garbage collector's settings. */
  public record Gc(
      Duration every, Duration resubmitAfter, Duration releaseLag, Duration lifeSupport) {
    public static final Gc DEFAULT =
        new Gc(
            Duration.ofSeconds(60),
            Duration.ofHours(1),
            Duration.ofMinutes(15),
            Duration.ofHours(48));
  }
}
