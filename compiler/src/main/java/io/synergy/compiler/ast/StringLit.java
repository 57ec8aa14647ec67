package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/**
 * A string literal: {@code value} with escapes decoded, {@code raw} as written between the quotes
 * (for diagnostics that point inside a string in source columns).
 */
public record StringLit(String value, String raw, Span span) implements Node {}
