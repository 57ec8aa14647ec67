package io.synergy.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Label;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser recovers at declaration boundaries: every independent error is reported, each once, on
 * its own token, and a file with nothing to report gives nothing.
 */
class RecoveryTest {
  private static final String FILE = "plan.synergy";

  private static List<Diagnostic> compile(String text) {
    return Compiler.compile(List.of(new SourceFile(FILE, text))).diagnostics().diagnostics();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = RecoveryTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void compile_fiveBrokenDeclarations_reportsEachErrorOnceOnItsToken() throws IOException {
    List<Diagnostic> diagnostics =
        compile(resource("/diagnostics/syntax/recovery-five-declarations.synergy"));

    assertThat(diagnostics)
        .extracting(
            Diagnostic::code,
            d -> d.span().line(),
            d -> d.span().column(),
            d -> d.span().endLine(),
            d -> d.span().endColumn())
        .containsExactly(
            tuple(Code.SYN001, 7, 18, 7, 23), // settings: `max_failures three`
            tuple(Code.SYN001, 12, 25, 12, 28), // process: `in UTC`
            tuple(Code.SYN001, 24, 11, 24, 17), // freerun: `boxes backup-1`
            tuple(Code.SYN001, 27, 24, 27, 35), // tree: a missing comma
            tuple(Code.SYN001, 32, 1, 32, 2)); // machine: nothing after `and`
  }

  @Test
  void compile_errorInsideOneDeclaration_doesNotHideErrorsInTheNext() {
    String text =
        """
        process site_daily {
            period daily
            run site_daily
            timeout 2h
        }
        process site_hourly { period weekly run "bin/site_hourly" }
        process client_daily {
            period daily
            run "bin/client_daily"
            timeout 90
        }
        """;

    assertThat(compile(text))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(
            tuple(Code.SYN001, 3, 9), tuple(Code.SYN001, 6, 30), tuple(Code.SYN002, 10, 13));
  }

  @Test
  void compile_literalBeforeASyntaxError_isStillChecked() {
    String text =
        """
        process site_daily {
            timeout 90
            period weekly
        }
        """;

    assertThat(compile(text))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(tuple(Code.SYN002, 2, 13), tuple(Code.SYN001, 3, 12));
  }

  @Test
  void compile_missingClosingBrace_labelsTheOpeningBrace() {
    String text =
        """
        process site_hourly {
            period hourly
            run "bin/site_hourly"

        process site_daily {
            period daily
            run "bin/site_daily"
        }
        """;

    List<Diagnostic> diagnostics = compile(text);

    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.code()).isEqualTo(Code.SYN001);
    assertThat(d.message()).isEqualTo("expected `}` to close `process site_hourly`");
    assertThat(d.span()).isEqualTo(new Span(FILE, 5, 1, 5, 8));
    assertThat(d.labels()).containsExactly(new Label(new Span(FILE, 1, 21, 1, 22), "unclosed `{`"));
  }

  @Test
  void compile_fileEndingWithANewlineInsideABlock_reportsOnTheLastCodePoint() {
    List<Diagnostic> diagnostics = compile("process a {\n    period daily\n");

    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(Code.SYN001);
    // The last code point is the newline after `daily`.
    assertThat(diagnostics.get(0).span()).isEqualTo(new Span(FILE, 2, 17, 2, 18));
    assertThat(diagnostics.get(0).labels())
        .extracting(Label::span)
        .containsExactly(new Span(FILE, 1, 11, 1, 12));
  }

  @Test
  void compile_fileEndingWithoutANewlineInsideABlock_reportsOnTheLastCodePoint() {
    List<Diagnostic> diagnostics = compile("process a {\n    period daily");

    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(Code.SYN001);
    assertThat(diagnostics.get(0).span()).isEqualTo(new Span(FILE, 2, 16, 2, 17));
  }

  @Test
  void compile_fileEndingInAnAstralCharacter_countsCodePoints() {
    List<Diagnostic> diagnostics = compile("process a {\n    run \"\uD83D\uDE00\"");

    // `"😀"` starts at column 9; its closing quote, the last code point, is column 11.
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(Code.SYN001);
    assertThat(diagnostics.get(0).span()).isEqualTo(new Span(FILE, 2, 11, 2, 12));
  }

  @Test
  void compile_onlyComments_reportsNothing() {
    assertThat(compile("# a plan with nothing in it yet\n\n   # settings { }\n")).isEmpty();
  }

  @Test
  void compile_onlyCommentsWithoutFinalNewline_reportsNothing() {
    assertThat(compile("# nothing here")).isEmpty();
  }

  @Test
  void compile_emptyFile_reportsNothing() {
    assertThat(compile("")).isEmpty();
  }

  @Test
  void compile_blankFile_reportsNothing() {
    assertThat(compile("\n \t\r\n\n")).isEmpty();
  }
}
