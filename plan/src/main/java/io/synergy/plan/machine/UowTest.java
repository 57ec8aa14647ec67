package io.synergy.plan.machine;

import java.util.Locale;

/** What {@code uow WORD} tests of the current unit of work. */
public enum UowTest {
  NONE,
  ACTIVE,
  FINISHED,
  REQUESTED,
  IN_PROGRESS,
  PROCESSED,
  NOOP,
  CANCELED,
  INVALID;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The test a word names, or null. */
  public static UowTest ofWord(String word) {
    for (UowTest t : values()) {
      if (t.word().equals(word)) {
        return t;
      }
    }
    return null;
  }

  boolean holds(Situation s) {
    return switch (this) {
      case NONE -> s.uow().isEmpty();
      case ACTIVE -> s.uow().map(UowState::active).orElse(false);
      case FINISHED -> s.uow().map(u -> !u.active()).orElse(false);
      default -> s.uow().map(u -> u.name().equals(name())).orElse(false);
    };
  }
}
