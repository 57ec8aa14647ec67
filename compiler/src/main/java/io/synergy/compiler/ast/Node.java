package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;

/** Every AST node knows the source text it came from. */
public interface Node {
  Span span();
}
