package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/** A name as written: a declaration's name or a reference to one. */
public record Name(String text, Span span) implements Node {}
