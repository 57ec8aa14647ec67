package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/** {@code synergy 1}: the language version a file is written in. */
public record Header(IntLit version, Span span) implements Node {}
