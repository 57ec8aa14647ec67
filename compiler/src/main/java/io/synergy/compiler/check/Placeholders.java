package io.synergy.compiler.check;

import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.diag.Span;
import io.synergy.compiler.parse.Escapes;
import io.synergy.plan.RunTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code {name}} placeholders of a string as written in the source, so each has a span in
 * source columns (escapes counted as written). {@code {{} and {@code }}} are literal braces; an
 * escaped brace such as {@code \\u{7B}} is a literal character, never the start of a placeholder.
 */
public final class Placeholders {
  /** A placeholder, or a brace that opens none ({@code name} null: unclosed or stray). */
  record Found(String name, Span span) {}

  private Placeholders() {}

  static List<Found> scan(StringLit string) {
    List<Found> found = new ArrayList<>();
    walk(
        string,
        new Visitor() {
          @Override
          public void placeholder(String name, Span span) {
            found.add(new Found(name, span));
          }

          @Override
          public void stray(Span span) {
            found.add(new Found(null, span));
          }
        });
    return found;
  }

  /** The string as a run-template argument: decoded literal text and placeholders. */
  public static RunTemplate.Arg template(StringLit string) {
    List<RunTemplate.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    walk(
        string,
        new Visitor() {
          @Override
          public void literal(String decoded) {
            literal.append(decoded);
          }

          @Override
          public void placeholder(String name, Span span) {
            if (literal.length() > 0) {
              parts.add(new RunTemplate.Part.Literal(literal.toString()));
              literal.setLength(0);
            }
            parts.add(new RunTemplate.Part.Placeholder(name));
          }
        });
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(new RunTemplate.Part.Literal(literal.toString()));
    }
    return new RunTemplate.Arg(parts);
  }

  /** What a walk over a string meets, in order. */
  private interface Visitor {
    default void literal(String decoded) {}

    void placeholder(String name, Span span);

    default void stray(Span span) {}
  }

  private static void walk(StringLit string, Visitor visitor) {
    String raw = string.raw();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\') {
        int end = Escapes.end(raw, i);
        visitor.literal(Escapes.decodeAll(raw.substring(i, end)));
        i = end;
      } else if ((c == '{' || c == '}') && i + 1 < raw.length() && raw.charAt(i + 1) == c) {
        visitor.literal(String.valueOf(c));
        i += 2;
      } else if (c == '{') {
        int close = raw.indexOf('}', i + 1);
        int stop = close < 0 ? raw.length() : close + 1;
        if (close < 0) {
          visitor.stray(span(string, i, stop));
        } else {
          visitor.placeholder(raw.substring(i + 1, close), span(string, i, stop));
        }
        i = stop;
      } else if (c == '}') {
        visitor.stray(span(string, i, i + 1));
        i++;
      } else {
        visitor.literal(String.valueOf(c));
        i++;
      }
    }
  }

  /**
   * The span of raw[from, to) in source columns: the string's opening quote is one column before
   * raw[0].
   */
  private static Span span(StringLit string, int from, int to) {
    Span s = string.span();
    String raw = string.raw();
    int start = s.column() + 1 + raw.codePointCount(0, from);
    int end = start + raw.codePointCount(from, to);
    return new Span(s.file(), s.line(), start, s.line(), end);
  }
}
