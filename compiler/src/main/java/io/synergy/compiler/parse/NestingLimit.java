package io.synergy.compiler.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Stops a declaration that nests deeper than any plan needs (thousands of {@code not}, of opening
 * parentheses or of nested {@code gc} blocks) before the parser, and every phase that walks the
 * tree after it, runs out of stack. The parser reports each token it matches here; a token matched
 * more than {@link #MAX_DEPTH} rules below its declaration ends the parse of that declaration.
 */
final class NestingLimit implements ParseTreeListener {
  /** How deep a declaration may nest, in grammar rules; real plans stay under 15. */
  static final int MAX_DEPTH = 100;

  @Override
  public void visitTerminal(TerminalNode node) {
    // Thrown while matching a token, so the parser's own cleanup runs as for a syntax error.
    if (node.getParent() instanceof ParserRuleContext rule && rule.depth() > MAX_DEPTH) {
      throw new TooDeep(node.getSymbol(), "nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  @Override
  public void visitErrorNode(ErrorNode node) {}

  @Override
  public void enterEveryRule(ParserRuleContext ctx) {}

  @Override
  public void exitEveryRule(ParserRuleContext ctx) {}

  /** A declaration that passed the limit, and the token where it did. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Token token;

    TooDeep(Token token, String message) {
      super(message, null, false, false);
      this.token = token;
    }

    Token token() {
      return token;
    }
  }
}
