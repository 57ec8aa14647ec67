package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/** A transition's guard: {@code not} binds tightest, then {@code and}, then {@code or}. */
public sealed interface Condition extends Node {
  /** {@code not C}. */
  record Not(Condition operand, Span span) implements Condition {}

  /** {@code A and B}. */
  record And(Condition left, Condition right, Span span) implements Condition {}

  /** {@code A or B}. */
  record Or(Condition left, Condition right, Span span) implements Condition {}

  /** A condition word: {@code live}, {@code past}, {@code finalizable}. */
  record Word(Name word) implements Condition {
    @Override
    public Span span() {
      return word.span();
    }
  }

  /**
   * {@code uow STATE}: the current unit of work's state, or {@code none}, {@code active}, {@code
   * finished}.
   */
  record Uow(Name state, Span span) implements Condition {}
}
