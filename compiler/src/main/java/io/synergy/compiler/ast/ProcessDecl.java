package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.util.List;

/** {@code process NAME { ... }} or {@code freerun NAME { ... }}. */
public record ProcessDecl(ProcessKind kind, Name name, List<Attribute> attributes, Span span)
    implements Decl {
  public ProcessDecl {
    attributes = List.copyOf(attributes);
  }
}
