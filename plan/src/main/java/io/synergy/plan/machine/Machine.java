package io.synergy.plan.machine;

import java.util.List;
import java.util.Optional;

/**
 * A state machine as a transition table. The built-in {@code discrete}, {@code continuous} and
 * {@code recomputing} are data like any declared machine. {@code live}: jobs may run on the live
 * period; otherwise they wait until the period has ended plus the discrete lag. The compiler proves
 * each machine deterministic and live (SYN301, SYN302).
 */
public record Machine(String name, boolean live, List<Transition> transitions) {
  public Machine {
    transitions = List.copyOf(transitions);
    for (Transition t : transitions) {
      if (t.from().finished()) {
        throw new IllegalArgumentException(
            "machine `" + name + "`: transition out of finished state " + t.from().word());
      }
    }
  }

  /**
   * The transition that holds from {@code state} in {@code situation}; at most one does in a
   * checked machine.
   */
  public Optional<Transition> next(JobState state, Situation situation) {
    return transitions.stream().filter(t -> t.from() == state && t.holds(situation)).findFirst();
  }

  /**
   * The same, considering only transitions without an action (what a worker's report may apply).
   */
  public Optional<Transition> nextWithoutAction(JobState state, Situation situation) {
    return transitions.stream()
        .filter(t -> t.from() == state && t.action().isEmpty() && t.holds(situation))
        .findFirst();
  }
}
