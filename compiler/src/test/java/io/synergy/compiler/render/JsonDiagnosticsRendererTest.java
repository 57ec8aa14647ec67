package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDiagnosticsRendererTest {
  private static final String PATH = "plans/site.synergy";

  @Test
  void render_unknownProcess_matchesTheShapeOfCommandsMd() {
    Diagnostic d =
        Diagnostic.of(Code.SYN101, span(4, 15, 4, 25), "unknown process `site_dayly`")
            .label("not declared in this plan")
            .help("did you mean `site_daily`?")
            .build();

    assertThat(JsonDiagnosticsRenderer.render(sorted(d)))
        .isEqualTo(
            "{\"version\":1,"
                + "\"diagnostics\":[{\"code\":\"SYN101\",\"severity\":\"error\","
                + "\"message\":\"unknown process `site_dayly`\","
                + "\"file\":\"plans/site.synergy\",\"line\":4,\"column\":15,\"endLine\":4,"
                + "\"endColumn\":25,\"help\":[\"did you mean `site_daily`?\"],\"notes\":[]}],"
                + "\"errors\":1,\"warnings\":0}\n");
  }

  @Test
  void render_nothingToReport_isAnObjectWithNoDiagnostics() {
    assertThat(JsonDiagnosticsRenderer.render(sorted()))
        .isEqualTo("{\"version\":1,\"diagnostics\":[],\"errors\":0,\"warnings\":0}\n");
  }

  @Test
  void render_errorsAndWarnings_countsEach() {
    Diagnostic error = Diagnostic.of(Code.SYN101, span(1, 1, 1, 2), "e").build();
    Diagnostic warning = Diagnostic.of(Code.SYN406, span(2, 1, 2, 2), "w").build();

    String json = JsonDiagnosticsRenderer.render(sorted(error, warning, warning));

    assertThat(json).endsWith(",\"errors\":1,\"warnings\":2}\n");
    assertThat(json).contains("\"code\":\"SYN406\",\"severity\":\"warning\"");
  }

  @Test
  void render_warningAsError_reportsSeverityErrorAndCountsIt() {
    Diagnostic warning = Diagnostic.of(Code.SYN406, span(2, 1, 2, 2), "w").build();

    String json = JsonDiagnosticsRenderer.render(sorted(warning).warningsAsErrors());

    assertThat(json).contains("\"severity\":\"error\"").endsWith("\"errors\":1,\"warnings\":0}\n");
  }

  @Test
  void render_secondaryLabelsAndNotes_becomeNotesInOrder() {
    Diagnostic d =
        Diagnostic.of(Code.SYN100, span(9, 9, 9, 19), "duplicate declaration `site_daily`")
            .secondary(span(3, 9, 3, 19), "first declared here")
            .note("processes and freeruns share one namespace")
            .build();

    assertThat(JsonDiagnosticsRenderer.render(sorted(d)))
        .contains(
            "\"help\":[],\"notes\":[\"first declared here at plans/site.synergy:3:9\","
                + "\"processes and freeruns share one namespace\"]}");
  }

  @Test
  void render_quotesAndBackslashes_areEscaped() {
    Diagnostic d =
        Diagnostic.of(Code.SYN003, span(1, 1, 1, 2), "a \"quoted\" \\ backslash")
            .help("two \"words\"")
            .build();

    assertThat(JsonDiagnosticsRenderer.render(sorted(d)))
        .contains("\"message\":\"a \\\"quoted\\\" \\\\ backslash\"")
        .contains("\"help\":[\"two \\\"words\\\"\"]");
  }

  @Test
  void render_controlCharactersInAMessage_areShownAsCodePoints() {
    Diagnostic d =
        Diagnostic.of(Code.SYN202, span(1, 1, 1, 2), "unknown time zone `\u0000UTC\n`").build();

    assertThat(d.message()).isEqualTo("unknown time zone `\\u{0}UTC\\u{A}`");
    assertThat(JsonDiagnosticsRenderer.render(sorted(d)))
        .contains("\"message\":\"unknown time zone `\\\\u{0}UTC\\\\u{A}`\"");
  }

  @Test
  void quote_controlAndSeparatorCharacters_areEscaped() {
    assertThat(Json.quote("\u0000\u0001\u001f\b\f\n\r\t\u007f\u2028\u2029"))
        .isEqualTo("\"\\u0000\\u0001\\u001f\\b\\f\\n\\r\\t\u007f\\u2028\\u2029\"");
  }

  @Test
  void render_nonAsciiText_isKeptAsItIs() {
    Diagnostic d =
        Diagnostic.of(Code.SYN001, span(1, 1, 1, 2), "unexpected character `\uD83D\uDE00` é")
            .build();

    assertThat(JsonDiagnosticsRenderer.render(sorted(d)))
        .contains("\"message\":\"unexpected character `\uD83D\uDE00` é\"");
  }

  @Test
  void render_pathWithQuoteAndBackslash_isEscaped() {
    Diagnostic d =
        Diagnostic.of(Code.SYN001, new Span("C:\\plans\\\"a\".synergy", 1, 1, 1, 2), "m").build();

    assertThat(JsonDiagnosticsRenderer.render(sorted(d)))
        .contains("\"file\":\"C:\\\\plans\\\\\\\"a\\\".synergy\"");
  }

  private static Span span(int line, int column, int endLine, int endColumn) {
    return new Span(PATH, line, column, endLine, endColumn);
  }

  private static SortedDiagnostics sorted(Diagnostic... diagnostics) {
    return new SortedDiagnostics(List.of(diagnostics), Map.of());
  }
}
