package io.synergy.compiler.parse;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import io.synergy.grammar.SynergyLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of one file. Lexical errors are reported here, once each, and repaired so the parser
 * sees a clean stream: a run of stray characters is dropped (SYN001), an unterminated string
 * becomes a string (SYN003).
 */
record Tokens(List<Token> significant, List<Token> comments) {
  /** At most this many code points of source text are quoted in a message. */
  static final int QUOTE_LIMIT = 48;

  static Tokens lex(SourceFile source, Diagnostics diagnostics) {
    SynergyLexer lexer = new SynergyLexer(CharStreams.fromString(source.text(), source.path()));
    lexer.removeErrorListeners();
    List<Token> significant = new ArrayList<>();
    List<Token> comments = new ArrayList<>();
    Token strayStart = null;
    Token strayEnd = null;
    StringBuilder strayText = new StringBuilder();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      boolean stray = t.getType() == SynergyLexer.ERROR_CHAR;
      if (stray && strayStart != null && adjacent(strayEnd, t)) {
        strayEnd = t;
        strayText.append(t.getText());
        continue;
      }
      if (strayStart != null) {
        reportStray(source, diagnostics, strayStart, strayEnd, strayText.toString());
        strayStart = null;
        strayText.setLength(0);
      }
      if (stray) {
        strayStart = t;
        strayEnd = t;
        strayText.append(t.getText());
      } else if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        comments.add(t);
      } else if (t.getType() == SynergyLexer.UNTERMINATED_STRING) {
        Span at = SourceParser.span(source, t);
        diagnostics.report(
            Diagnostic.of(Code.SYN003, at, "unterminated string")
                .label("this string has no closing `\"`")
                .help("strings end on the line they start; write a newline as `\\n`"));
        CommonToken repaired = new CommonToken(t);
        repaired.setType(SynergyLexer.STRING);
        significant.add(repaired);
      } else {
        significant.add(t);
      }
      if (t.getType() == Token.EOF) {
        return new Tokens(List.copyOf(significant), List.copyOf(comments));
      }
    }
  }

  private static boolean adjacent(Token previous, Token next) {
    return previous.getLine() == next.getLine()
        && previous.getStopIndex() + 1 == next.getStartIndex();
  }

  private static void reportStray(
      SourceFile source, Diagnostics diagnostics, Token first, Token last, String text) {
    Span from = SourceParser.span(source, first);
    Span to = SourceParser.span(source, last);
    String what = text.codePointCount(0, text.length()) == 1 ? "character" : "characters";
    diagnostics.report(
        Diagnostic.of(Code.SYN001, from.to(to), "unexpected " + what + " `" + printable(text) + "`")
            .label("not part of the language"));
  }

  /**
   * Source text as a message quotes it: control and invisible characters shown by their code point,
   * so a message never prints them raw, and text longer than {@link #QUOTE_LIMIT} code points cut
   * short with {@code ...}, so a huge token never makes a huge message.
   */
  static String printable(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .limit(QUOTE_LIMIT)
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)
                  || Character.getType(cp) == Character.FORMAT
                  || Character.isWhitespace(cp)
                  || cp == '`') {
                b.append(String.format("\\u{%X}", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return text.codePointCount(0, text.length()) > QUOTE_LIMIT ? b + "..." : b.toString();
  }

  /** Whether a token type is a keyword (every keyword is also a valid name). */
  static boolean isKeyword(int type) {
    String literal = SynergyLexer.VOCABULARY.getLiteralName(type);
    return literal != null && Character.isLetter(literal.charAt(1));
  }
}
