package io.synergy.compiler.fmt;

import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.parse.SourceParser;
import io.synergy.compiler.parse.SyntaxTree;
import java.util.List;
import java.util.Optional;

/**
 * Prints a file in the canonical layout (docs/language.md, "Formatting"). Only whitespace changes:
 * every token and every comment stays, in the same order, so the formatted file means the same
 * plan. A file with a syntax error is not formatted; its errors are returned instead.
 */
public final class Formatter {
  private Formatter() {}

  public static Formatted format(SourceFile source) {
    Diagnostics errors = new Diagnostics();
    Optional<SyntaxTree> tree = new SourceParser(errors).syntaxTree(source);
    return new Formatted(
        source, tree.map(Formatter::layout), errors.sorted(List.of(source.path())));
  }

  /** The canonical text of a file without syntax errors. */
  static String layout(SyntaxTree tree) {
    Printer printer = new Printer(Trivia.of(tree.tokens(), tree.comments()));
    new Layout(printer).file(tree.root());
    String text = printer.text();
    if (!TokenSequence.of(text).equals(TokenSequence.of(tree.source().text()))) {
      // A bug in the layout; refusing is better than writing a file that means something else.
      throw new IllegalStateException(
          "formatting `" + tree.source().path() + "` would change its tokens or comments");
    }
    return text;
  }
}
