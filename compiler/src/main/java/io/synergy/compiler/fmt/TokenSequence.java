package io.synergy.compiler.fmt;

import io.synergy.grammar.SynergyLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The tokens and comments of a text, in order, each as its type and text (a comment without its
 * trailing spaces): what formatting must keep. Two texts with the same sequence differ only in
 * whitespace, so they parse the same.
 */
final class TokenSequence {
  private TokenSequence() {}

  static List<String> of(String text) {
    SynergyLexer lexer = new SynergyLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<String> sequence = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      String name = SynergyLexer.VOCABULARY.getSymbolicName(t.getType());
      String body = t.getType() == SynergyLexer.COMMENT ? t.getText().stripTrailing() : t.getText();
      sequence.add(name + " " + body);
    }
    return sequence;
  }
}
