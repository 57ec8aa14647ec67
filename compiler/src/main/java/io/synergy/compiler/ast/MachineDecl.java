package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.util.List;

/** {@code machine NAME live? { transitions }}. */
public record MachineDecl(Name name, boolean live, List<Transition> transitions, Span span)
    implements Decl {
  public MachineDecl {
    transitions = List.copyOf(transitions);
  }
}
