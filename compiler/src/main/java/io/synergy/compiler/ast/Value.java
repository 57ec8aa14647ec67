package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.util.List;
import java.util.Optional;

/** An attribute's value. Which shape goes with which attribute is fixed by the grammar. */
public sealed interface Value extends Node {
  /** A word: a period kind, a blocking kind, a machine name, {@code true} or {@code false}. */
  record Word(String word, Span span) implements Value {}

  /** One or more strings: {@code run}, {@code boxes}, {@code source}, {@code timezone}... */
  record Strings(List<StringLit> items, Span span) implements Value {
    public Strings {
      items = List.copyOf(items);
    }
  }

  /** An integer: {@code group}, {@code max_failures}. */
  record Int(IntLit value) implements Value {
    @Override
    public Span span() {
      return value.span();
    }
  }

  /** A duration: {@code timeout}, {@code discrete_lag}, the gc settings. */
  record Duration(DurationLit value) implements Value {
    @Override
    public Span span() {
      return value.span();
    }
  }

  /** {@code start}: a date, or a negative duration ({@code -2d}), kept positive here. */
  record Start(Optional<DateLit> date, Optional<DurationLit> before, Span span) implements Value {}

  /** {@code retries N (backoff DURATION)?}. */
  record Retries(IntLit count, Optional<DurationLit> backoff, Span span) implements Value {}

  /** {@code exit noop 3, canceled 4}. */
  record Exit(List<ExitEntry> entries, Span span) implements Value {
    public Exit {
      entries = List.copyOf(entries);
    }
  }

  /** {@code args { name = "value" ... }}. */
  record Args(List<ArgEntry> entries, Span span) implements Value {
    public Args {
      entries = List.copyOf(entries);
    }
  }

  /** A nested block of attributes: {@code gc { ... }}. */
  record Block(List<Attribute> attributes, Span span) implements Value {
    public Block {
      attributes = List.copyOf(attributes);
    }
  }

  /** {@code trigger ...}. */
  record TriggerValue(Trigger trigger) implements Value {
    @Override
    public Span span() {
      return trigger.span();
    }
  }

  /** The value of an unknown attribute, kept as its tokens' text. */
  record Generic(List<String> tokens, Span span) implements Value {
    public Generic {
      tokens = List.copyOf(tokens);
    }
  }

  /** A value with a malformed literal in it; the literal has been reported already. */
  record Malformed(Span span) implements Value {}

  /** {@code noop 3} or {@code canceled 4}. */
  record ExitEntry(String meaning, IntLit status, Span span) implements Node {}

  /** {@code name = "value"}. */
  record ArgEntry(Name name, StringLit value, Span span) implements Node {}
}
