package io.synergy.plan.machine;

import java.util.Locale;

/**
 * The states of a job: {@code embryo}, {@code in_progress}, {@code final_run} (active), and the
 * finished ones.
 */
public enum JobState {
  EMBRYO,
  IN_PROGRESS,
  FINAL_RUN,
  PROCESSED,
  SKIPPED,
  NOOP;

  public boolean finished() {
    return this == PROCESSED || this == SKIPPED || this == NOOP;
  }

  /** The word of the language: {@code in_progress}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state a word names, or null. */
  public static JobState ofWord(String word) {
    for (JobState s : values()) {
      if (s.word().equals(word)) {
        return s;
      }
    }
    return null;
  }
}
