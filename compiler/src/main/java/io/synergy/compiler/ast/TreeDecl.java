package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.util.List;

/** {@code tree NAME { P1, P2 depends_on T1 }}. */
public record TreeDecl(Name name, List<Name> members, List<Name> dependsOn, Span span)
    implements Decl {
  public TreeDecl {
    members = List.copyOf(members);
    dependsOn = List.copyOf(dependsOn);
  }
}
