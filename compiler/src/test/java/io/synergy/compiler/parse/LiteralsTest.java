package io.synergy.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.Decl;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.SettingsDecl;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Trigger;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Literals as the compiler reads them, through {@link Compiler#compile}. */
class LiteralsTest {
  private static final String PATH = "plans/literals.synergy";

  // ---- durations

  @Test
  void duration_seconds_isRead() {
    assertThat(duration("90s")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void duration_severalUnits_addUp() {
    assertThat(duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(duration("1d2h3m4s")).isEqualTo(Duration.parse("P1DT2H3M4S"));
  }

  @Test
  void duration_unknownUnit_reportsSyn002OnTheLiteral() {
    Compiler.Compilation c = compile("process p { timeout 5x }");

    Diagnostic d = only(c);
    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("malformed duration `5x`");
    assertThat(d.span()).isEqualTo(span(1, 21, 1, 23));
    assertThat(d.help()).noneMatch(h -> h.startsWith("did you mean"));
    assertThat(attribute(c, "timeout").value()).isInstanceOf(Value.Malformed.class);
  }

  @Test
  void duration_bareNumber_suggestsSeconds() {
    Diagnostic d = only(compile("process p { timeout 5 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("malformed duration `5`");
    assertThat(d.help()).contains("did you mean `5s`?");
  }

  // ---- dates

  @Test
  void date_valid_isRead() {
    Value.Start start = (Value.Start) settingsAttribute("start 2026-12-01").value();

    assertThat(start.date().orElseThrow().value()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(start.before()).isEmpty();
  }

  @Test
  void date_negativeDuration_isReadAsTimeBefore() {
    Value.Start start = (Value.Start) settingsAttribute("start -2d").value();

    assertThat(start.date()).isEmpty();
    assertThat(start.before().orElseThrow().value()).isEqualTo(Duration.ofDays(2));
    assertThat(start.span()).isEqualTo(span(1, 18, 1, 21));
  }

  @Test
  void date_noSuchDay_reportsInvalidDate() {
    Diagnostic d = only(compile("settings { start 2026-02-30 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("invalid date `2026-02-30`");
    assertThat(d.span()).isEqualTo(span(1, 18, 1, 28));
  }

  @Test
  void date_wrongShape_reportsMalformedDate() {
    Diagnostic d = only(compile("settings { start 2026-1-01 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("malformed date `2026-1-01`");
    assertThat(d.help()).containsExactly("write dates as `2026-12-01`");
  }

  // ---- times of day

  @Test
  void time_hoursAndMinutes_isRead() {
    assertThat(time("06:00")).isEqualTo(LocalTime.of(6, 0));
  }

  @Test
  void time_singleDigitHour_isRead() {
    assertThat(time("6:00")).isEqualTo(LocalTime.of(6, 0));
  }

  @Test
  void time_withSeconds_isRead() {
    assertThat(time("06:00:30")).isEqualTo(LocalTime.of(6, 0, 30));
  }

  @Test
  void time_midnightAsTwentyFour_isInvalid() {
    Diagnostic d = only(compile("process p { trigger at 24:00 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("invalid time of day `24:00`");
    assertThat(d.span()).isEqualTo(span(1, 24, 1, 29));
    assertThat(d.help()).containsExactly("use `00:00`, which starts the next day");
  }

  @Test
  void time_sixtyMinutes_isInvalid() {
    Diagnostic d = only(compile("process p { trigger at 23:60 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("invalid time of day `23:60`");
    assertThat(d.label()).isEqualTo("hours run 00-23, minutes and seconds 00-59");
  }

  @Test
  void time_threeDigitMinutes_isMalformed() {
    Diagnostic d = only(compile("process p { trigger at 06:000 }"));

    assertThat(d.message()).isEqualTo("malformed time of day `06:000`");
  }

  // ---- days

  @Test
  void day_range_readsBothEnds() {
    Trigger.DayRange days = atTime("at Mon-Fri 06:00").days().orElseThrow();

    assertThat(days.first().day()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(days.last().orElseThrow().day()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(days.span()).isEqualTo(span(1, 24, 1, 31));
  }

  @Test
  void day_wrappingRange_isAllowed() {
    Trigger.DayRange days = atTime("at Fri-Mon 06:00").days().orElseThrow();

    assertThat(days.first().day()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(days.last().orElseThrow().day()).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void day_single_hasNoLastDay() {
    Trigger.DayRange days = atTime("at Sun 06:00").days().orElseThrow();

    assertThat(days.first().day()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(days.last()).isEmpty();
  }

  @Test
  void day_lowercaseFullName_suggestsTheDay() {
    Diagnostic d = only(compile("process p { trigger at monday 06:00 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("unknown day `monday`");
    assertThat(d.span()).isEqualTo(span(1, 24, 1, 30));
    assertThat(d.help()).containsExactly("did you mean `Mon`?");
  }

  @Test
  void day_typo_suggestsTheNearestDay() {
    assertThat(only(compile("process p { trigger at Tus 06:00 }")).help())
        .containsExactly("did you mean `Tue`?");
  }

  @Test
  void day_farFromEveryDay_suggestsNothing() {
    Diagnostic d = only(compile("process p { trigger at Xyzzy 06:00 }"));

    assertThat(d.message()).isEqualTo("unknown day `Xyzzy`");
    assertThat(d.help()).isEmpty();
  }

  // ---- integers

  @Test
  void integer_beyondThirtyTwoBits_isReported() {
    Diagnostic d = only(compile("process p { group 2147483648 }"));

    assertThat(d.code()).isEqualTo(Code.SYN002);
    assertThat(d.message()).isEqualTo("number `2147483648` does not fit in 32 bits");
  }

  @Test
  void integer_largestThirtyTwoBit_isRead() {
    Compiler.Compilation c = compile("settings { max_failures 2147483647 }");

    assertThat(c.diagnostics().diagnostics()).isEmpty();
    assertThat(((Value.Int) attribute(c, "max_failures").value()).value().value())
        .isEqualTo(Integer.MAX_VALUE);
  }

  // ---- strings

  @Test
  void string_escapes_areDecoded() {
    List<StringLit> items =
        strings("run \"a\\\"b\" \"c\\\\d\" \"e\\nf\" \"g\\th\" \"\\u{1F600}\" \"\\u{41}\"");

    assertThat(items)
        .extracting(StringLit::value)
        .containsExactly("a\"b", "c\\d", "e\nf", "g\th", "\uD83D\uDE00", "A");
    assertThat(items)
        .extracting(StringLit::raw)
        .containsExactly("a\\\"b", "c\\\\d", "e\\nf", "g\\th", "\\u{1F600}", "\\u{41}");
  }

  @Test
  void string_nonBmpCharacter_spanCountsCodePoints() {
    StringLit item = strings("run \"\uD83D\uDE00x\"").get(0);

    assertThat(item.value()).isEqualTo("\uD83D\uDE00x");
    assertThat(item.span()).isEqualTo(span(1, 17, 1, 21));
  }

  @Test
  void string_badEscape_reportsSyn003OnTheEscape() {
    Compiler.Compilation c = compile("process p { run \"ab\\qc\" }");

    Diagnostic d = only(c);
    assertThat(d.code()).isEqualTo(Code.SYN003);
    assertThat(d.message()).isEqualTo("bad escape `\\q` in string");
    assertThat(d.span()).isEqualTo(span(1, 20, 1, 22));
    assertThat(((Value.Strings) attribute(c, "run").value()).items().get(0).value())
        .isEqualTo("ab\\qc");
  }

  @Test
  void string_badEscapeAfterNonBmpCharacter_spanCountsCodePoints() {
    Diagnostic d = only(compile("process p { run \"\uD83D\uDE00\uD83D\uDE00\\q\" }"));

    assertThat(d.code()).isEqualTo(Code.SYN003);
    assertThat(d.span()).isEqualTo(span(1, 20, 1, 22));
  }

  @Test
  void string_badEscapeOnLaterLine_spanIsOnThatLine() {
    Diagnostic d = only(compile("process p {\n\trun \"\\u{D800}\" }"));

    assertThat(d.message()).isEqualTo("bad escape `\\u{D800}` in string");
    assertThat(d.span()).isEqualTo(span(2, 7, 2, 15));
  }

  @Test
  void string_codePointBeyondUnicode_isABadEscape() {
    Diagnostic d = only(compile("process p { run \"\\u{110000}\" }"));

    assertThat(d.message()).isEqualTo("bad escape `\\u{110000}` in string");
  }

  @Test
  void string_codePointEscapeWithoutHexDigits_coversOnlyTheEscape() {
    // Regression: the escape used to run to the next `}` in the string, here past `{period}`.
    Diagnostic d = only(compile("process p { run \"\\u{zz `x` {period}\" }"));

    assertThat(d.message()).isEqualTo("bad escape `\\u{zz` in string");
    assertThat(d.span()).isEqualTo(span(1, 18, 1, 23));
  }

  @Test
  void string_codePointEscapeWithoutClosingBrace_coversItsHexDigits() {
    Diagnostic d = only(compile("process p { run \"\\u{1F600 x\" }"));

    assertThat(d.message()).isEqualTo("bad escape `\\u{1F600` in string");
    assertThat(d.span()).isEqualTo(span(1, 18, 1, 26));
  }

  @Test
  void string_backslashBeforeControlCharacter_messageShowsItsCodePoint() {
    // Regression: the message used to print the control character itself.
    Diagnostic d = only(compile("process p { run \"x\\\u0007y\" }"));

    assertThat(d.code()).isEqualTo(Code.SYN003);
    assertThat(d.message()).isEqualTo("bad escape `\\\\u{7}` in string");
    assertThat(d.span()).isEqualTo(span(1, 19, 1, 21));
  }

  @Test
  void string_backslashBeforeBacktick_messageKeepsItsQuotingIntact() {
    Diagnostic d = only(compile("process p { run \"\\`\" }"));

    assertThat(d.message()).isEqualTo("bad escape `\\\\u{60}` in string");
  }

  @Test
  void string_unterminated_reportsSyn003AndKeepsTheText() {
    Compiler.Compilation c = compile("process p { run \"bin/job\n}");

    Diagnostic d = only(c);
    assertThat(d.code()).isEqualTo(Code.SYN003);
    assertThat(d.message()).isEqualTo("unterminated string");
    assertThat(d.span()).isEqualTo(span(1, 17, 1, 25));
    assertThat(((Value.Strings) attribute(c, "run").value()).items().get(0).value())
        .isEqualTo("bin/job");
  }

  // ---- helpers

  /**
   * Compiles the text; a process under test gets the attributes every process needs after its own
   * (so columns stay as written), so that only what the literal under test causes is reported.
   */
  private static Compiler.Compilation compile(String text) {
    String complete = text;
    if (text.startsWith("process p {") && text.endsWith("}")) {
      complete =
          text.substring(0, text.length() - 1)
              + (text.contains(" period ") ? "" : " period daily")
              + (text.contains("run ") ? "" : " run \"x\"")
              + " }";
    }
    return Compiler.compile(List.of(new SourceFile(PATH, complete)));
  }

  private static Span span(int line, int column, int endLine, int endColumn) {
    return new Span(PATH, line, column, endLine, endColumn);
  }

  private static Diagnostic only(Compiler.Compilation c) {
    assertThat(c.diagnostics().diagnostics()).hasSize(1);
    return c.diagnostics().diagnostics().get(0);
  }

  private static Attribute attribute(Compiler.Compilation c, String key) {
    List<Decl> decls = c.files().get(0).decls();
    assertThat(decls).hasSize(1);
    List<Attribute> attributes =
        decls.get(0) instanceof ProcessDecl p
            ? p.attributes()
            : ((SettingsDecl) decls.get(0)).attributes();
    return attributes.stream()
        .filter(a -> a.key().text().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribute " + key + " in " + attributes));
  }

  private static Attribute settingsAttribute(String attribute) {
    Compiler.Compilation c = compile("settings { " + attribute + " }");
    assertThat(c.diagnostics().diagnostics()).isEmpty();
    return attribute(c, attribute.substring(0, attribute.indexOf(' ')));
  }

  private static Attribute processAttribute(String attribute) {
    Compiler.Compilation c = compile("process p { " + attribute + " }");
    assertThat(c.diagnostics().diagnostics()).isEmpty();
    return attribute(c, attribute.substring(0, attribute.indexOf(' ')));
  }

  private static Duration duration(String literal) {
    return ((Value.Duration) processAttribute("timeout " + literal).value()).value().value();
  }

  private static Trigger.AtTime atTime(String trigger) {
    Value.TriggerValue value = (Value.TriggerValue) processAttribute("trigger " + trigger).value();
    List<Trigger.AtTime> times = ((Trigger.At) value.trigger()).times();
    assertThat(times).hasSize(1);
    return times.get(0);
  }

  private static LocalTime time(String literal) {
    return atTime("at " + literal).time().value();
  }

  private static List<StringLit> strings(String attribute) {
    return ((Value.Strings) processAttribute(attribute).value()).items();
  }
}
