package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.time.Duration;

/** A duration literal such as {@code 90s} or {@code 1h30m}. */
public record DurationLit(Duration value, Span span) implements Node {}
