package io.synergy.compiler.parse;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import io.synergy.grammar.SynergyLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of one file. Lexical errors are reported here, once each, and repaired so the parser
 * sees a clean stream: a run of stray characters is dropped (SYN001), an unterminated string
 * becomes a string (SYN003), a string in single or curly quotes becomes a string (SYN001). The
 * repairs are kept so that a syntax error they cause is not reported again ({@link SyntaxErrors}).
 */
record Tokens(List<Token> significant, List<Token> comments, List<Repair> repairs) {
  /** At most this many code points of source text are quoted in a message. */
  static final int QUOTE_LIMIT = 48;

  /**
   * A place where the lexer repaired the input: characters {@code start..stop} (inclusive offsets
   * into the file), and what was there.
   */
  record Repair(Kind kind, int start, int stop, String text) {
    /** What was repaired. */
    enum Kind {
      STRAY,
      UNTERMINATED_STRING,
      MISQUOTED_STRING
    }
  }

  /** Help for stray characters that usually stand for something the language has. */
  private static final Map<String, String> STRAY_HELP =
      Map.of(
          ";",
          "no `;` is needed: spaces and newlines separate attributes, and `,` separates list items",
          ":",
          "an attribute's value follows its name without `:`, as in `period daily`",
          "[",
          "did you mean `{`?",
          "]",
          "did you mean `}`?",
          "=>",
          "did you mean `->`?",
          "→",
          "did you mean `->`?",
          "'",
          "strings are written in double quotes, as in `\"bin/job\"`");

  Tokens {
    significant = List.copyOf(significant);
    comments = List.copyOf(comments);
    repairs = List.copyOf(repairs);
  }

  static Tokens lex(SourceFile source, Diagnostics diagnostics) {
    return new Lexing(source, diagnostics).run();
  }

  /** One pass of the lexer over a file, joining adjacent stray characters into one report. */
  private static final class Lexing {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final List<Token> significant = new ArrayList<>();
    private final List<Token> comments = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();
    private Token strayStart;
    private Token strayEnd;
    private final StringBuilder strayText = new StringBuilder();

    Lexing(SourceFile source, Diagnostics diagnostics) {
      this.source = source;
      this.diagnostics = diagnostics;
    }

    Tokens run() {
      SynergyLexer lexer = new SynergyLexer(CharStreams.fromString(source.text(), source.path()));
      lexer.removeErrorListeners();
      for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
        if (t.getType() == SynergyLexer.ERROR_CHAR) {
          stray(t);
          continue;
        }
        endStray();
        if (t.getChannel() != Token.DEFAULT_CHANNEL) {
          comments.add(t);
        } else if (t.getType() == SynergyLexer.UNTERMINATED_STRING) {
          significant.add(unterminated(t));
        } else if (t.getType() == SynergyLexer.MISQUOTED_STRING) {
          significant.add(misquoted(t));
        } else {
          significant.add(t);
        }
        if (t.getType() == Token.EOF) {
          return new Tokens(significant, comments, repairs);
        }
      }
    }

    private void stray(Token t) {
      if (strayStart != null && adjacent(strayEnd, t)) {
        strayEnd = t;
        strayText.append(t.getText());
        return;
      }
      endStray();
      Token last = significant.isEmpty() ? null : significant.get(significant.size() - 1);
      if (last != null
          && last.getType() == SynergyLexer.ASSIGN
          && t.getText().equals(">")
          && adjacent(last, t)) {
        // `=>` for `->`: one mistake, reported once, rather than `=` unexpected and `>` stray.
        significant.remove(significant.size() - 1);
        strayStart = last;
        strayText.append(last.getText());
      } else {
        strayStart = t;
      }
      strayEnd = t;
      strayText.append(t.getText());
    }

    private void endStray() {
      if (strayStart == null) {
        return;
      }
      String text = strayText.toString();
      Span at = SourceParser.span(source, strayStart).to(SourceParser.span(source, strayEnd));
      String what = text.codePointCount(0, text.length()) == 1 ? "character" : "characters";
      Diagnostic.Builder d =
          Diagnostic.of(Code.SYN001, at, "unexpected " + what + " `" + printable(text) + "`")
              .label("not part of the language");
      String help = STRAY_HELP.get(text);
      if (help != null) {
        d.help(help);
      }
      diagnostics.report(d);
      repairs.add(
          new Repair(Repair.Kind.STRAY, strayStart.getStartIndex(), strayEnd.getStopIndex(), text));
      strayStart = null;
      strayEnd = null;
      strayText.setLength(0);
    }

    private Token unterminated(Token t) {
      Diagnostic.Builder d =
          Diagnostic.of(Code.SYN003, SourceParser.span(source, t), "unterminated string")
              .label("this string has no closing `\"`");
      if (t.getText().endsWith("\\\"")) {
        d.help("`\\\"` is a quote inside the string; write a backslash as `\\\\`");
      } else {
        d.help("strings end on the line they start; write a newline as `\\n`");
      }
      diagnostics.report(d);
      repairs.add(
          new Repair(
              Repair.Kind.UNTERMINATED_STRING, t.getStartIndex(), t.getStopIndex(), t.getText()));
      CommonToken repaired = new CommonToken(t);
      repaired.setType(SynergyLexer.STRING);
      return repaired;
    }

    private Token misquoted(Token t) {
      String text = t.getText();
      int first = text.codePointAt(0);
      int last = text.codePointBefore(text.length());
      String inner =
          text.substring(Character.charCount(first), text.length() - Character.charCount(last));
      Diagnostic.Builder d =
          Diagnostic.of(
                  Code.SYN001, SourceParser.span(source, t), "strings are written in double quotes")
              .label("not a string");
      if (inner
          .codePoints()
          .allMatch(
              cp ->
                  cp == ' ' || printable(Character.toString(cp)).equals(Character.toString(cp)))) {
        d.help("write `\"" + inner.replace("\"", "\\\"") + "\"`");
      }
      diagnostics.report(d);
      repairs.add(
          new Repair(Repair.Kind.MISQUOTED_STRING, t.getStartIndex(), t.getStopIndex(), text));
      CommonToken repaired = new CommonToken(t);
      repaired.setType(SynergyLexer.STRING);
      repaired.setText("\"" + inner + "\"");
      return repaired;
    }
  }

  /**
   * Whether a repair explains a syntax error found at {@code found}, the token after {@code
   * previous}, so that reporting the error too would be a cascade. {@code missingBrace} says the
   * error is a block left open at the end of the file or at the next declaration.
   */
  boolean explains(Token previous, Token found, boolean missingBrace) {
    int after = previous == null ? -1 : previous.getStopIndex();
    for (Repair r : repairs) {
      if (r.kind() == Repair.Kind.STRAY
          && r.start() > after
          && r.start() < found.getStartIndex()
          // A missing `}` is rarely the fault of a stray character, unless it is a `]`.
          && (!missingBrace || r.text().contains("]"))) {
        return true;
      }
      if (r.kind() == Repair.Kind.UNTERMINATED_STRING
          // The string swallowed the rest of its line, and with it what the parser wanted.
          && (r.start() == found.getStartIndex()
              || (previous != null
                  && r.start() == previous.getStartIndex()
                  && (!missingBrace || r.text().contains("}"))))) {
        return true;
      }
    }
    return false;
  }

  private static boolean adjacent(Token previous, Token next) {
    return previous.getLine() == next.getLine()
        && previous.getStopIndex() + 1 == next.getStartIndex();
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
