package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.time.LocalTime;

/** A time of day such as {@code 06:00} or {@code 06:00:30}. */
public record TimeLit(LocalTime value, Span span) implements Node {}
