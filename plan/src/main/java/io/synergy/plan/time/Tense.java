package io.synergy.plan.time;

/** Where a period lies against an instant, "now" (SEMANTICS.md, Periods). */
public enum Tense {
  /** The period has ended: its end is at or before now. */
  PAST,
  /** Now falls inside the period. */
  LIVE,
  /** The period has not begun: its start is after now. */
  FUTURE
}
