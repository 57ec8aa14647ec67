package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.time.LocalDate;

/** A date literal such as {@code 2026-12-01}. */
public record DateLit(LocalDate value, Span span) implements Node {}
