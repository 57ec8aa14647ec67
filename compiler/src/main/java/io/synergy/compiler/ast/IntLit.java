package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/** An integer literal that fits in 32 bits. */
public record IntLit(int value, Span span) implements Node {}
