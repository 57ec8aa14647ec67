package io.synergy.plan.machine;

import java.util.Locale;

/**
 * The states of a unit of work: {@code requested}, {@code in_progress}, {@code invalid} (active),
 * and finished.
 */
public enum UowState {
  REQUESTED,
  IN_PROGRESS,
  INVALID,
  PROCESSED,
  NOOP,
  CANCELED;

  public boolean active() {
    return this == REQUESTED || this == IN_PROGRESS || this == INVALID;
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
