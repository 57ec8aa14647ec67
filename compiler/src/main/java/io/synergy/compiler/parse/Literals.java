package io.synergy.compiler.parse;

import io.synergy.compiler.ast.DateLit;
import io.synergy.compiler.ast.DurationLit;
import io.synergy.compiler.ast.IntLit;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.TimeLit;
import io.synergy.compiler.ast.Trigger;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Span;
import io.synergy.compiler.diag.Suggestions;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads literal tokens into values, reporting malformed ones (SYN002, SYN003) and then throwing
 * {@link Malformed} so that the attribute holding them is kept as {@code Value.Malformed} and
 * causes no further diagnostics.
 */
final class Literals {
  private static final Pattern DURATION = Pattern.compile("(?:[0-9]{1,9}[smhd])+");
  private static final Pattern DURATION_THEN_NUMBER =
      Pattern.compile("(?:[0-9]{1,9}[smhd])+[0-9]{1,9}");
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]{1,9})([smhd])");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern TIME = Pattern.compile("([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?");
  private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  /** Thrown after a malformed literal has been reported. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false);
    }
  }

  private final Diagnostics diagnostics;

  Literals(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  IntLit integer(String text, Span span) {
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw malformed(
          Diagnostic.of(Code.SYN002, span, "malformed number `" + Tokens.printable(text) + "`")
              .label("expected digits only"));
    }
    try {
      return new IntLit(Integer.parseInt(text), span);
    } catch (NumberFormatException e) {
      throw malformed(
          Diagnostic.of(
                  Code.SYN002,
                  span,
                  "number `" + Tokens.printable(text) + "` does not fit in 32 bits")
              .label("at most 2147483647"));
    }
  }

  DurationLit duration(String text, Span span) {
    if (!DURATION.matcher(text).matches()) {
      boolean digitsOnly = text.chars().allMatch(c -> c >= '0' && c <= '9');
      boolean lastWithoutUnit = DURATION_THEN_NUMBER.matcher(text).matches();
      Diagnostic.Builder d =
          Diagnostic.of(Code.SYN002, span, "malformed duration `" + Tokens.printable(text) + "`")
              .label(
                  digitsOnly
                      ? "a duration needs a unit"
                      : lastWithoutUnit
                          ? "the last number has no unit"
                          : "expected a number and a unit")
              .help(
                  "a duration is one or more `<number><unit>` with units `s`, `m`, `h`, `d`, e.g. `90s` or `1h30m`");
      if (digitsOnly) {
        d.help("did you mean `" + Tokens.printable(text) + "s`?");
      }
      throw malformed(d);
    }
    Duration total = Duration.ZERO;
    Matcher m = DURATION_PART.matcher(text);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              });
    }
    return new DurationLit(total, span);
  }

  DateLit date(String text, Span span) {
    Matcher m = DATE.matcher(text);
    if (m.matches()) {
      try {
        return new DateLit(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))),
            span);
      } catch (DateTimeException e) {
        throw malformed(
            Diagnostic.of(Code.SYN002, span, "invalid date `" + Tokens.printable(text) + "`")
                .label("no such day in the calendar"));
      }
    }
    throw malformed(
        Diagnostic.of(Code.SYN002, span, "malformed date `" + Tokens.printable(text) + "`")
            .label("expected `YYYY-MM-DD`")
            .help("write dates as `2026-12-01`"));
  }

  TimeLit time(String text, Span span) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      throw malformed(
          Diagnostic.of(Code.SYN002, span, "malformed time of day `" + Tokens.printable(text) + "`")
              .label("expected `HH:MM` or `HH:MM:SS`")
              .help("write times of day as `06:00` or `06:00:30`"));
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (hour == 24 && minute == 0 && second == 0) {
      throw malformed(
          Diagnostic.of(Code.SYN002, span, "invalid time of day `" + Tokens.printable(text) + "`")
              .label("the day ends before `24:00`")
              .help("use `00:00`, which starts the next day"));
    }
    if (hour > 23 || minute > 59 || second > 59) {
      throw malformed(
          Diagnostic.of(Code.SYN002, span, "invalid time of day `" + Tokens.printable(text) + "`")
              .label("hours run 00-23, minutes and seconds 00-59"));
    }
    return new TimeLit(LocalTime.of(hour, minute, second), span);
  }

  Trigger.DayLit day(String text, Span span) {
    int index = DAYS.indexOf(text);
    if (index >= 0) {
      return new Trigger.DayLit(DayOfWeek.of(index + 1), span);
    }
    Diagnostic.Builder d =
        Diagnostic.of(Code.SYN002, span, "unknown day `" + Tokens.printable(text) + "`")
            .label("not a day name")
            .note(
                "days are `Mon`, `Tue`, `Wed`, `Thu`, `Fri`, `Sat`, `Sun`, or a range such as `Mon-Fri`");
    String prefix = text.length() >= 3 ? text.substring(0, 3) : text;
    DAYS.stream()
        .filter(day -> day.equalsIgnoreCase(prefix))
        .findFirst()
        .or(() -> Suggestions.nearest(text, DAYS))
        .ifPresent(day -> d.help("did you mean `" + day + "`?"));
    throw malformed(d);
  }

  /** An {@code at} entry with days and no time of day (SYN200). */
  Malformed missingTime(String days, Span span) {
    return malformed(
        Diagnostic.of(Code.SYN200, span, "`" + days + "` in an `at` list has no time of day")
            .label("expected a time such as `06:00` after the days")
            .help("give each entry its time, e.g. `at Mon 06:00, Wed 06:00`"));
  }

  /**
   * Two {@code at} entries with no comma between them (SYN001); the entries themselves are fine.
   */
  void missingComma(Span next) {
    diagnostics.report(
        Diagnostic.of(Code.SYN001, next, "expected `,` between the times of an `at` trigger")
            .label("missing `,` before this")
            .help("separate the entries with commas: `at Mon-Fri 06:00, Sat 08:30`"));
  }

  /**
   * Decodes a string token (with its quotes). Bad escapes are reported as SYN003 and kept as
   * written, so one bad escape gives one diagnostic and the string still has a value. An
   * unterminated string (already reported by the lexer) has no closing quote to strip.
   */
  StringLit string(String tokenText, Span span) {
    boolean closed = closed(tokenText);
    String raw = tokenText.substring(1, closed ? tokenText.length() - 1 : tokenText.length());
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      int end = Escapes.end(raw, i);
      String escape = raw.substring(i, end);
      String decoded = Escapes.decode(escape);
      if (decoded == null && end == raw.length() && escape.equals("\\")) {
        // A backslash at the end of an unterminated string: the lexer's report covers it.
        decoded = escape;
      }
      if (decoded == null) {
        int column = span.column() + 1 + raw.codePointCount(0, i);
        Span at =
            new Span(
                span.file(),
                span.line(),
                column,
                span.line(),
                column + escape.codePointCount(0, escape.length()));
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN003, at, "bad escape `" + Tokens.printable(escape) + "` in string")
                .label(escapeProblem(escape))
                .help("the escapes are `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{1F600}`"));
        out.append(escape);
      } else {
        out.append(decoded);
      }
      i = end;
    }
    return new StringLit(out.toString(), raw, span);
  }

  /** Whether a string token ends with a closing quote, that is one not escaped by a backslash. */
  private static boolean closed(String tokenText) {
    if (tokenText.length() < 2 || !tokenText.endsWith("\"")) {
      return false;
    }
    int backslashes = 0;
    for (int i = tokenText.length() - 2; i > 0 && tokenText.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  /** What is wrong with an escape that does not decode, for the label under it. */
  private static String escapeProblem(String escape) {
    if (escape.equals("\\u")) {
      return "expected `{` after `\\u`, as in `\\u{1F600}`";
    }
    if (!escape.startsWith("\\u{")) {
      return "unknown escape";
    }
    if (!escape.endsWith("}")) {
      return escape.length() == 3 ? "expected 1 to 6 hex digits" : "expected `}` after the digits";
    }
    String hex = escape.substring(3, escape.length() - 1);
    if (!hex.matches("[0-9A-Fa-f]{1,6}")) {
      return "expected 1 to 6 hex digits";
    }
    int cp = Integer.parseInt(hex, 16);
    return cp > Character.MAX_CODE_POINT
        ? "no such code point: the last is `10FFFF`"
        : "a surrogate half, not a character";
  }

  private Malformed malformed(Diagnostic.Builder diagnostic) {
    diagnostics.report(diagnostic);
    return new Malformed();
  }
}
