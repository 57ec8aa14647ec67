package io.synergy.plan;

import java.util.Locale;

/** The time qualifiers of a managed process, coarsest first. */
public enum PeriodKind {
  YEARLY,
  MONTHLY,
  DAILY,
  HOURLY;

  /** The word of the language: {@code hourly}, {@code daily}... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PeriodKind of(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }

  /** Whether this kind is coarser than {@code other} (yearly is coarser than monthly). */
  public boolean coarserThan(PeriodKind other) {
    return ordinal() < other.ordinal();
  }

  /** The largest {@code group N} for this kind: hourly 23, daily 28, monthly 12, yearly 1. */
  public int maxGroup() {
    return switch (this) {
      case HOURLY -> 23;
      case DAILY -> 28;
      case MONTHLY -> 12;
      case YEARLY -> 1;
    };
  }
}
