package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.util.Optional;

/** {@code FROM -> TO action? (when CONDITION)?}. */
public record Transition(
    Name from, Name to, Optional<Action> action, Optional<Condition> when, Span span)
    implements Node {}
