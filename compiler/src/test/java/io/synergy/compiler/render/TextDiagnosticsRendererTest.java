package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextDiagnosticsRendererTest {
  private static final String PATH = "plans/site.synergy";
  private static final SourceFile SITE =
      new SourceFile(
          PATH,
          """
          process site_daily { period daily run "x" }
          process site_hourly { period hourly run "x" }

          tree client { site_dayly depends_on site }
          """);

  @Test
  void render_unknownProcess_matchesTheRustcLayoutOfCommandsMd() {
    Diagnostic d =
        Diagnostic.of(Code.SYN101, span(4, 15, 4, 25), "unknown process `site_dayly`")
            .label("not declared in this plan")
            .help("did you mean `site_daily`?")
            .build();

    assertThat(plain(SITE).render(sorted(d)))
        .isEqualTo(
            """
            error[SYN101]: unknown process `site_dayly`
             --> plans/site.synergy:4:15
              |
            4 | tree client { site_dayly depends_on site }
              |               ^^^^^^^^^^ not declared in this plan
              |
              = help: did you mean `site_daily`?
              = note: `synergyc explain SYN101` says more

            1 error
            """);
  }

  @Test
  void render_lineTenOrLater_widensTheGutter() {
    SourceFile file = new SourceFile(PATH, "\n".repeat(11) + "tree t { x }\n");
    Diagnostic d =
        Diagnostic.of(Code.SYN101, span(12, 10, 12, 11), "unknown process `x`")
            .label("not declared in this plan")
            .build();

    assertThat(plain(file).render(d))
        .isEqualTo(
            """
            error[SYN101]: unknown process `x`
              --> plans/site.synergy:12:10
               |
            12 | tree t { x }
               |          ^ not declared in this plan
               |
               = note: `synergyc explain SYN101` says more
            """);
  }

  @Test
  void render_tabsBeforeTheSpan_expandsThemAndShiftsTheCaret() {
    SourceFile file = new SourceFile(PATH, "process p {\n\tperiod dayly\n}\n");
    Diagnostic d =
        Diagnostic.of(Code.SYN001, span(2, 9, 2, 14), "expected a period, found `dayly`")
            .label("unexpected `dayly`")
            .build();

    assertThat(plain(file).render(d))
        .contains("2 |     period dayly\n  |            ^^^^^ unexpected `dayly`\n");
  }

  @Test
  void render_nonBmpCharacterBeforeTheSpan_countsOneColumn() {
    SourceFile file = new SourceFile(PATH, "run \"\uD83D\uDE00\\q\"\n");
    Diagnostic d =
        Diagnostic.of(Code.SYN003, span(1, 7, 1, 9), "bad escape `\\q` in string")
            .label("unknown escape")
            .build();

    assertThat(plain(file).render(d)).contains("  |       ^^ unknown escape\n");
  }

  @Test
  void render_secondaryLabelOnAnEarlierLine_showsBothLinesInOrderWithAGap() {
    SourceFile file = new SourceFile(PATH, "process p {\n  period daily\nprocess q { }\n");
    Diagnostic d =
        Diagnostic.of(Code.SYN001, span(3, 1, 3, 8), "expected `}` to close `process p`")
            .label("found `process`")
            .secondary(span(1, 11, 1, 12), "unclosed `{`")
            .build();

    assertThat(plain(file).render(d))
        .isEqualTo(
            """
            error[SYN001]: expected `}` to close `process p`
             --> plans/site.synergy:3:1
              |
            1 | process p {
              |           - unclosed `{`
            ...
            3 | process q { }
              | ^^^^^^^ found `process`
              |
              = note: `synergyc explain SYN001` says more
            """);
  }

  @Test
  void render_secondaryLabelOnTheLineBefore_showsNoGap() {
    SourceFile file = new SourceFile(PATH, "process p {\nprocess q { }\n");
    Diagnostic d =
        Diagnostic.of(Code.SYN001, span(2, 1, 2, 8), "expected `}` to close `process p`")
            .label("found `process`")
            .secondary(span(1, 11, 1, 12), "unclosed `{`")
            .build();

    assertThat(plain(file).render(d))
        .contains(
            """
            1 | process p {
              |           - unclosed `{`
            2 | process q { }
              | ^^^^^^^ found `process`
            """);
  }

  @Test
  void render_twoLabelsOnOneLine_showsTheLineOnceWithBothUnderlines() {
    SourceFile file = new SourceFile(PATH, "process p { run \"abc\"");
    Diagnostic d =
        Diagnostic.of(Code.SYN001, span(1, 21, 1, 22), "expected `}` to close `process p`")
            .label("the file ends here")
            .secondary(span(1, 11, 1, 12), "unclosed `{`")
            .build();

    assertThat(plain(file).render(d))
        .contains(
            """
            1 | process p { run "abc"
              |           - unclosed `{`
              |                     ^ the file ends here
            """);
  }

  @Test
  void render_labelInAnotherFile_becomesANote() {
    Diagnostic d =
        Diagnostic.of(Code.SYN100, span(1, 9, 1, 19), "duplicate declaration `site_daily`")
            .secondary(new Span("plans/other.synergy", 7, 9, 7, 19), "first declared here")
            .note("names of processes are shared by all files")
            .build();

    assertThat(plain(SITE).render(d))
        .endsWith(
            """
              |
              = note: first declared here at plans/other.synergy:7:9
              = note: names of processes are shared by all files
              = note: `synergyc explain SYN100` says more
            """);
  }

  @Test
  void render_spanAtEndOfLine_underlinesOnePastTheText() {
    SourceFile file = new SourceFile(PATH, "tree t {\n");
    Diagnostic d =
        Diagnostic.of(Code.SYN001, span(1, 9, 1, 10), "expected `}` to close `tree t`")
            .label("the file ends here")
            .build();

    assertThat(plain(file).render(d)).contains("1 | tree t {\n  |         ^ the file ends here\n");
  }

  @Test
  void render_summary_pluralisesEachCount() {
    Diagnostic error = error(1);
    Diagnostic otherError = error(2);
    Diagnostic warning = warning(3);
    Diagnostic otherWarning = warning(4);

    assertThat(lastLine(plain(SITE).render(sorted(error)))).isEqualTo("1 error");
    assertThat(lastLine(plain(SITE).render(sorted(error, otherError)))).isEqualTo("2 errors");
    assertThat(lastLine(plain(SITE).render(sorted(warning)))).isEqualTo("1 warning");
    assertThat(lastLine(plain(SITE).render(sorted(error, otherError, warning))))
        .isEqualTo("2 errors, 1 warning");
    assertThat(lastLine(plain(SITE).render(sorted(error, warning, otherWarning))))
        .isEqualTo("1 error, 2 warnings");
  }

  @Test
  void render_nothingToReport_printsNothing() {
    assertThat(plain(SITE).render(sorted())).isEmpty();
  }

  @Test
  void render_suppressedDiagnostics_addsANotePerFile() {
    SortedDiagnostics sorted = new SortedDiagnostics(List.of(error(1)), Map.of(PATH, 7));

    assertThat(plain(SITE).render(sorted))
        .endsWith("note: 7 more diagnostics in `plans/site.synergy` were suppressed\n\n1 error\n");
  }

  @Test
  void render_withoutColour_hasNoEscapeCodes() {
    assertThat(plain(SITE).render(sorted(error(1), warning(2)))).doesNotContain("\u001b");
  }

  @Test
  void render_withColour_paintsHeadersAndOtherwiseMatchesPlainOutput() {
    SortedDiagnostics sorted = sorted(error(1), warning(2));

    String coloured = new TextDiagnosticsRenderer(Map.of(PATH, SITE), true).render(sorted);

    assertThat(coloured)
        .contains("\u001b[1;31merror[SYN101]\u001b[0m")
        .contains("\u001b[1;33mwarning[SYN303]\u001b[0m")
        .contains("\u001b[1;34m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain(SITE).render(sorted));
  }

  private static TextDiagnosticsRenderer plain(SourceFile file) {
    return new TextDiagnosticsRenderer(Map.of(file.path(), file), false);
  }

  private static Span span(int line, int column, int endLine, int endColumn) {
    return new Span(PATH, line, column, endLine, endColumn);
  }

  private static Diagnostic error(int line) {
    return Diagnostic.of(Code.SYN101, span(line, 1, line, 5), "unknown process `x`")
        .label("here")
        .build();
  }

  private static Diagnostic warning(int line) {
    return Diagnostic.of(Code.SYN303, span(line, 1, line, 5), "state `x` is never reached").build();
  }

  private static SortedDiagnostics sorted(Diagnostic... diagnostics) {
    return new SortedDiagnostics(List.of(diagnostics), Map.of());
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }
}
