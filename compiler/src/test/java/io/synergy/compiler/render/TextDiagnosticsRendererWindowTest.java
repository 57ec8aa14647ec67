package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextDiagnosticsRendererWindowTest {
  private static final String PATH = "plan.synergy";

  @Test
  void render_shortLine_showsItWholeWithTheCaretUnderTheSpan() {
    String line = "process a { period daily run 1 }";

    List<String> out = render(line, new Span(PATH, 1, 30, 1, 31), null);

    assertThat(out.get(3)).isEqualTo("1 | " + line);
    assertCaretUnder(out, "1");
  }

  @Test
  void render_longLine_showsAWindowAroundTheSpanWithTheCaretAligned() {
    String line = "a".repeat(5000) + " TOKEN " + "b".repeat(5000);

    List<String> out = render(line, new Span(PATH, 1, 5002, 1, 5007), null);

    String shown = out.get(3);
    assertThat(shown).startsWith("1 | ...").endsWith("...").contains("TOKEN");
    assertThat(shown.length()).isLessThanOrEqualTo(4 + TextDiagnosticsRenderer.MAX_SHOWN + 6);
    assertCaretUnder(out, "TOKEN");
    assertThat(out.get(4)).contains("^^^^^ ").doesNotContain("^^^^^^");
  }

  @Test
  void render_spanRunningPastTheWindow_isCutAtItsEdge() {
    String line = "run \"" + "x".repeat(10_000);

    List<String> out = render(line, new Span(PATH, 1, 5, 1, 10_006), null);

    assertThat(out.get(3)).startsWith("1 | run \"xxx").endsWith("...");
    assertThat(out.get(4).length()).isLessThan(out.get(3).length() + 40);
  }

  @Test
  void render_secondaryLabelOutsideTheWindow_becomesANote() {
    String line = "process a {" + " ".repeat(10_000) + "}}";

    List<String> out =
        render(line, new Span(PATH, 1, 10_013, 1, 10_014), new Span(PATH, 1, 11, 1, 12));

    assertThat(out).contains("  = note: opened here at plan.synergy:1:11");
    assertThat(out).noneMatch(l -> l.contains("- opened here"));
  }

  private static List<String> render(String line, Span span, Span secondary) {
    Diagnostic.Builder d = Diagnostic.of(Code.SYN001, span, "something is wrong").label("here");
    if (secondary != null) {
      d.secondary(secondary, "opened here");
    }
    TextDiagnosticsRenderer renderer =
        new TextDiagnosticsRenderer(Map.of(PATH, new SourceFile(PATH, line + "\n")), false);
    return renderer.render(d.build()).lines().toList();
  }

  /** The first caret of the primary underline sits under the first character of {@code token}. */
  private static void assertCaretUnder(List<String> out, String token) {
    String shown = out.get(3);
    String underline = out.get(4);
    int caret = underline.indexOf('^');
    assertThat(caret).as("%s%n%s", shown, underline).isPositive();
    assertThat(shown.substring(caret)).as("%s%n%s", shown, underline).startsWith(token);
  }
}
