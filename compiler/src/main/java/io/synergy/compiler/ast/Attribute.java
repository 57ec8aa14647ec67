package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/** {@code NAME VALUE} inside a block; the value's shape follows from the name. */
public record Attribute(Name key, Value value, Span span) implements Node {}
