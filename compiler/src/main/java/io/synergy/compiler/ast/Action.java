package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/**
 * What a transition does besides changing state: {@code post}, {@code post range} or {@code
 * extend}.
 */
public record Action(Kind kind, Span span) implements Node {
  /** The three actions. */
  public enum Kind {
    POST("post"),
    POST_RANGE("post range"),
    EXTEND("extend");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** The action as written. */
    public String text() {
      return text;
    }
  }
}
