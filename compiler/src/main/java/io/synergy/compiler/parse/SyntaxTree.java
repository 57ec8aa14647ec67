package io.synergy.compiler.parse;

import io.synergy.compiler.diag.SourceFile;
import io.synergy.grammar.SynergyParser;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The concrete syntax of a file without syntax errors, for tools that rewrite source text and must
 * keep every token and comment (the formatter): the parse tree of the whole file, its significant
 * tokens in order (ending with end of file), and its comments in order. The compiler's own phases
 * work on the AST instead.
 */
public record SyntaxTree(
    SourceFile source, SynergyParser.FileContext root, List<Token> tokens, List<Token> comments) {
  public SyntaxTree {
    tokens = List.copyOf(tokens);
    comments = List.copyOf(comments);
  }
}
