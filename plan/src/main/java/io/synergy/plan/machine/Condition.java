package io.synergy.plan.machine;

/** A transition's guard over a {@link Situation}. */
public sealed interface Condition {
  boolean holds(Situation s);

  /** The condition in canonical text: every compound parenthesised. */
  String text();

  /** {@code live}: now falls inside the job's period. */
  record Live() implements Condition {
    @Override
    public boolean holds(Situation s) {
      return s.live();
    }

    @Override
    public String text() {
      return "live";
    }
  }

  /** {@code past}: the job's period has ended. */
  record Past() implements Condition {
    @Override
    public boolean holds(Situation s) {
      return !s.live();
    }

    @Override
    public String text() {
      return "past";
    }
  }

  /** {@code finalizable}: counterparts and children finished, the job itself active. */
  record Finalizable() implements Condition {
    @Override
    public boolean holds(Situation s) {
      return s.finalizable();
    }

    @Override
    public String text() {
      return "finalizable";
    }
  }

  /** {@code uow WORD}: a state, or {@code none}, {@code active}, {@code finished}. */
  record Uow(UowTest test) implements Condition {
    @Override
    public boolean holds(Situation s) {
      return test.holds(s);
    }

    @Override
    public String text() {
      return "uow " + test.word();
    }
  }

  /** {@code not C}. */
  record Not(Condition operand) implements Condition {
    @Override
    public boolean holds(Situation s) {
      return !operand.holds(s);
    }

    @Override
    public String text() {
      return "(not " + operand.text() + ")";
    }
  }

  /** {@code A and B}. */
  record And(Condition left, Condition right) implements Condition {
    @Override
    public boolean holds(Situation s) {
      return left.holds(s) && right.holds(s);
    }

    @Override
    public String text() {
      return "(" + left.text() + " and " + right.text() + ")";
    }
  }

  /** {@code A or B}. */
  record Or(Condition left, Condition right) implements Condition {
    @Override
    public boolean holds(Situation s) {
      return left.holds(s) || right.holds(s);
    }

    @Override
    public String text() {
      return "(" + left.text() + " or " + right.text() + ")";
    }
  }
}
