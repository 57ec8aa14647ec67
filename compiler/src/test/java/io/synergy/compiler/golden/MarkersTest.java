package io.synergy.compiler.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Severity;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkersTest {
  private static final String FILE = "case.synergy";

  private static Markers.Found markers(String text) {
    return Markers.in(List.of(new SourceFile(FILE, text)));
  }

  private static Diagnostic diagnostic(Code code, int line) {
    return Diagnostic.of(code, new Span(FILE, line, 1, line, 2), "message").build();
  }

  @Test
  void in_markersOnTheirLineAndRelative_readsLineSeverityAndEveryCode() {
    Markers.Found found =
        markers(
            """
            process a {    # error: SYN001, SYN002 trailing words are a comment
                # error@+1: SYN003
                run "x
                # warning@-3: SYN406
            }
            """);

    assertThat(found.problems()).isEmpty();
    assertThat(found.markers())
        .extracting(Markers.Marker::line, Markers.Marker::severity, Markers.Marker::code)
        .containsExactly(
            tuple(1, Severity.ERROR, Code.SYN001),
            tuple(1, Severity.ERROR, Code.SYN002),
            tuple(3, Severity.ERROR, Code.SYN003),
            tuple(1, Severity.WARNING, Code.SYN406));
  }

  @Test
  void in_markerInsideAString_isNotAMarker() {
    assertThat(markers("process a { run \"# error: SYN001\" }\n").markers()).isEmpty();
  }

  @Test
  void in_malformedMarkers_areProblems() {
    Markers.Found found =
        markers("# error SYN001\n# error: SYN999\n# Error: SYN001\n# error@+9: SYN001\n");

    assertThat(found.markers()).isEmpty();
    assertThat(found.problems())
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).contains("malformed marker `# error SYN001`"))
        .anySatisfy(p -> assertThat(p).contains("no diagnostic code `SYN999`"))
        .anySatisfy(p -> assertThat(p).contains("malformed marker `# Error: SYN001`"))
        .anySatisfy(p -> assertThat(p).contains("points at line 13, not in the file"));
  }

  @Test
  void mismatches_eachMarkerMeetsOneDiagnostic_isEmpty() {
    Markers.Found found = markers("a    # error: SYN001, SYN001\nb    # error: SYN002\n");

    assertThat(
            Markers.mismatches(
                found.markers(),
                List.of(
                    diagnostic(Code.SYN001, 1),
                    diagnostic(Code.SYN001, 1),
                    diagnostic(Code.SYN002, 2))))
        .isEmpty();
  }

  @Test
  void mismatches_unmarkedDiagnosticAndUnmetMarker_listsBoth() {
    Markers.Found found = markers("a    # error: SYN001\nb    # warning: SYN002\n");

    List<String> mismatches =
        Markers.mismatches(
            found.markers(), List.of(diagnostic(Code.SYN001, 1), diagnostic(Code.SYN001, 1)));

    assertThat(mismatches)
        .containsExactly(
            "diagnostics on a line without a matching marker:",
            "  case.synergy:1:1: error[SYN001] message",
            "markers with no matching diagnostic:",
            "  case.synergy:2: warning[SYN002]");
  }
}
