package io.synergy.compiler.check;

import io.synergy.compiler.ast.Condition;
import io.synergy.plan.machine.UowTest;

/** Turns a checked AST condition into the plan's condition, which evaluates itself. */
public final class Conditions {
  private Conditions() {}

  /** The plan condition for an AST condition whose words are all known (SYN300 reported none). */
  public static io.synergy.plan.machine.Condition lower(Condition c) {
    if (c instanceof Condition.Not n) {
      return new io.synergy.plan.machine.Condition.Not(lower(n.operand()));
    }
    if (c instanceof Condition.And a) {
      return new io.synergy.plan.machine.Condition.And(lower(a.left()), lower(a.right()));
    }
    if (c instanceof Condition.Or o) {
      return new io.synergy.plan.machine.Condition.Or(lower(o.left()), lower(o.right()));
    }
    if (c instanceof Condition.Uow u) {
      return new io.synergy.plan.machine.Condition.Uow(UowTest.ofWord(u.state().text()));
    }
    return switch (((Condition.Word) c).word().text()) {
      case "live" -> new io.synergy.plan.machine.Condition.Live();
      case "past" -> new io.synergy.plan.machine.Condition.Past();
      case "finalizable" -> new io.synergy.plan.machine.Condition.Finalizable();
      default -> throw new IllegalArgumentException("unknown condition word " + c);
    };
  }
}
