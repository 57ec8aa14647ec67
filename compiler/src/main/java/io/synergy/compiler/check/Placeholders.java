package io.synergy.compiler.check;

import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.diag.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code {name}} placeholders of a string as written in the source, so each has a span in
 * source columns (escapes counted as written). {@code {{} and {@code }}} are literal braces; an
 * escaped brace such as {@code \\u{7B}} is a literal character, never the start of a placeholder.
 */
final class Placeholders {
  /** A placeholder, or a brace that opens none ({@code name} null: unclosed or stray). */
  record Found(String name, Span span) {}

  private Placeholders() {}

  static List<Found> scan(StringLit string) {
    String raw = string.raw();
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\') {
        i = skipEscape(raw, i);
      } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
        i += 2;
      } else if (c == '}' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
        i += 2;
      } else if (c == '{') {
        int close = raw.indexOf('}', i + 1);
        int stop = close < 0 ? raw.length() : close + 1;
        String name = close < 0 ? null : raw.substring(i + 1, close);
        found.add(new Found(name, span(string, i, stop)));
        i = stop;
      } else if (c == '}') {
        found.add(new Found(null, span(string, i, i + 1)));
        i++;
      } else {
        i++;
      }
    }
    return found;
  }

  private static int skipEscape(String raw, int backslash) {
    int i = backslash + 1;
    if (i < raw.length()
        && raw.charAt(i) == 'u'
        && i + 1 < raw.length()
        && raw.charAt(i + 1) == '{') {
      int close = raw.indexOf('}', i);
      return close < 0 ? raw.length() : close + 1;
    }
    return Math.min(raw.length(), i + 1);
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
