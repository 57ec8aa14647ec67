package io.synergy.plan.machine;

import java.util.Optional;

/**
 * {@code FROM -> TO action? (when CONDITION)?}: taken when its condition holds (always, without
 * one).
 */
public record Transition(
    JobState from, JobState to, Optional<Action> action, Optional<Condition> when) {
  public boolean holds(Situation s) {
    return when.map(c -> c.holds(s)).orElse(true);
  }
}
