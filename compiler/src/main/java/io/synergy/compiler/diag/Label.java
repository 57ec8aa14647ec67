package io.synergy.compiler.diag;

/**
 * A secondary place that a diagnostic points at, such as the opening brace of an unclosed block.
 */
public record Label(Span span, String message) {}
