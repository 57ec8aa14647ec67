package io.synergy.plan.machine;

import java.util.Optional;

/**
 * What a transition's condition can see: the period live or past, the job finalizable or not, and
 * the state of the job's current unit of work (none when it has none).
 */
public record Situation(boolean live, boolean finalizable, Optional<UowState> uow) {
  @Override
  public String toString() {
    return (live ? "live" : "past")
        + ", "
        + (finalizable ? "finalizable" : "not finalizable")
        + ", "
        + uow.map(u -> "uow " + u.word()).orElse("uow none");
  }
}
