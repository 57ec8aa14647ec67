package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.util.List;

/** {@code settings { ... }}; {@code keyword} is the span of the word {@code settings}. */
public record SettingsDecl(Span keyword, List<Attribute> attributes, Span span) implements Decl {
  public SettingsDecl {
    attributes = List.copyOf(attributes);
  }
}
