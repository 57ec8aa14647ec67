package io.synergy.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.ast.Node;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Label;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import io.synergy.compiler.render.JsonDiagnosticsRenderer;
import io.synergy.compiler.render.TextDiagnosticsRenderer;
import io.synergy.compiler.testing.JavaLiterals;
import io.synergy.grammar.SynergyLexer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The front end (lexer, parser, AST builder, renderers) on arbitrary input: it never throws; every
 * span of every diagnostic, label and AST node lies inside the file (and each node inside its
 * parent); diagnostics come sorted; syntax messages never show ANTLR's token names; the text
 * renderer prints one header per diagnostic.
 *
 * <p>Runs are seeded, so a failure is reproducible: the report ends with {@code Seed was N}. Rerun
 * it with
 *
 * <pre>
 * mvn -B -pl compiler -am test -Dtest=ParserPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false -DQT_SEED=N
 * </pre>
 *
 * <p>{@code -DQT_EXAMPLES=M} sets the number of examples per property (default 1000), and a new
 * {@code QT_SEED} with a large {@code QT_EXAMPLES} searches further than CI does.
 */
class ParserPropertiesTest {
  private static final long SEED = Long.getLong("QT_SEED", 20261204L);
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
  private static final String PATH = "plans/fuzz.synergy";
  private static final Pattern HEADER =
      Pattern.compile("^(?:error|warning)\\[SYN\\d{3}\\]: ", Pattern.MULTILINE);
  private static final Pattern QUOTED = Pattern.compile("`[^`]*`");
  private static final Pattern ANTLR_WORDING = antlrWording();

  /** The accessors of a record's components other than its own span. */
  private static final ClassValue<List<Method>> CHILDREN =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
          return type.isRecord()
              ? Arrays.stream(type.getRecordComponents())
                  .filter(c -> !c.getName().equals("span"))
                  .map(RecordComponent::getAccessor)
                  .toList()
              : List.of();
        }
      };

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(EXAMPLES);
  }

  private static void check(Gen<String> sources) {
    qt().forAll(sources)
        .describedAs(JavaLiterals::of)
        .checkAssert(ParserPropertiesTest::checkFrontEnd);
  }

  @Test
  void compile_arbitraryCodePoints_keepsInvariants() {
    check(SourceGenerators.codePointStrings(160));
  }

  @Test
  void compile_bytesDecodedLeniently_keepsInvariants() {
    check(SourceGenerators.lenientlyDecodedBytes(300));
  }

  @Test
  void compile_randomTokenSequences_keepsInvariants() {
    check(SourceGenerators.tokenSequences(8));
  }

  @Test
  void compile_deeplyNestedInput_keepsInvariants() {
    qt().withExamples(Math.max(1, EXAMPLES / 20))
        .forAll(SourceGenerators.deepNestings(6000))
        .describedAs(ParserPropertiesTest::abbreviated)
        .checkAssert(ParserPropertiesTest::checkFrontEnd);
  }

  @Test
  void compile_mutationsOfValidPlan_keepsInvariants() {
    check(SourceGenerators.mutationsOfValidPlan(6));
  }

  @Test
  void compile_validPlan_reportsNothing() {
    Compiler.Compilation compilation = compile(SourceGenerators.VALID);

    assertThat(compilation.diagnostics().diagnostics()).isEmpty();
    assertThat(compilation.files().get(0).decls()).hasSize(12);
    checkFrontEnd(SourceGenerators.VALID);
  }

  /** Every invariant of the front end on one input. */
  static void checkFrontEnd(String text) {
    Compiler.Compilation compilation;
    try {
      compilation = compile(text);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("compile threw", e);
    }
    List<Diagnostic> diagnostics = compilation.diagnostics().diagnostics();
    SpanCheck spans = new SpanCheck(text);
    for (Diagnostic d : diagnostics) {
      spans.check(d.span(), d.code() + " " + d.message());
      for (Label label : d.labels()) {
        spans.check(label.span(), d.code() + " label " + label.message());
      }
      checkMessage(d);
    }
    for (PlanFile file : compilation.files()) {
      file.header().ifPresent(h -> walk(h, null, spans));
      file.decls().forEach(decl -> walk(decl, null, spans));
    }
    assertThat(diagnostics)
        .isSortedAccordingTo(
            Comparator.<Diagnostic>comparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().column())
                .thenComparing(Diagnostic::code));
    checkRenderers(compilation, text);
  }

  private static void checkMessage(Diagnostic d) {
    assertThat(d.message())
        .as("%s message", d.code())
        .isNotBlank()
        .doesNotContainPattern("\\p{Cc}");
    if (d.code().name().startsWith("SYN0")) {
      String words = QUOTED.matcher(d.message()).replaceAll("`…`");
      assertThat(words).as("%s message", d.code()).doesNotContainPattern(ANTLR_WORDING);
    }
  }

  /** ANTLR's token names and phrases, which a message must never show. */
  private static Pattern antlrWording() {
    List<String> words =
        new ArrayList<>(
            List.of(
                "<EOF>",
                "'[^']+'",
                "extraneous input",
                "mismatched input",
                "no viable alternative",
                "missing \\S+ at"));
    for (int type = 1; type <= SynergyLexer.VOCABULARY.getMaxTokenType(); type++) {
      words.add("\\b" + Pattern.quote(SynergyLexer.VOCABULARY.getSymbolicName(type)) + "\\b");
    }
    return Pattern.compile(String.join("|", words));
  }

  private static void checkRenderers(Compiler.Compilation compilation, String text) {
    SourceFile source = new SourceFile(PATH, text);
    String rendered =
        new TextDiagnosticsRenderer(Map.of(PATH, source), false).render(compilation.diagnostics());
    Matcher headers = HEADER.matcher(rendered);
    long count = 0;
    while (headers.find()) {
      count++;
    }
    assertThat(count)
        .as("error/warning headers in\n%s", rendered)
        .isEqualTo(compilation.diagnostics().diagnostics().size());
    assertThat(
            new TextDiagnosticsRenderer(Map.of(PATH, source), true)
                .render(compilation.diagnostics()))
        .isNotNull();
    assertThat(JsonDiagnosticsRenderer.render(compilation.diagnostics())).startsWith("{");
  }

  /**
   * Checks the span of a node and of every node, span and list of nodes in its record components,
   * recursively; each child lies within its parent.
   */
  private static void walk(Object value, Span parent, SpanCheck spans) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, parent, spans));
    } else if (value instanceof Collection<?> items) {
      items.forEach(v -> walk(v, parent, spans));
    } else if (value instanceof Span span) {
      spans.check(span, "span inside " + parent);
      spans.checkWithin(span, parent);
    } else if (value instanceof Node node) {
      Span span = node.span();
      spans.check(span, node);
      spans.checkWithin(span, parent);
      for (Method accessor : CHILDREN.get(node.getClass())) {
        walk(read(accessor, node), span, spans);
      }
    }
  }

  private static Object read(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether spans lie inside the file: lines split on {@code \n}, columns in code points. */
  private static final class SpanCheck {
    private final int[] lineLengths;

    SpanCheck(String text) {
      this.lineLengths =
          Arrays.stream(text.split("\n", -1))
              .mapToInt(line -> line.codePointCount(0, line.length()))
              .toArray();
    }

    void check(Span span, Object what) {
      int lines = lineLengths.length;
      boolean inside =
          span.file().equals(PATH)
              && span.line() >= 1
              && span.line() <= span.endLine()
              && span.endLine() <= lines
              && span.column() >= 1
              && span.column() <= lineLengths[span.line() - 1] + 2
              && span.endColumn() <= lineLengths[span.endLine() - 1] + 2
              && (span.endLine() > span.line() || span.endColumn() >= span.column());
      if (!inside) {
        throw new AssertionError(what + ": span " + span + " is not inside the file");
      }
    }

    void checkWithin(Span inner, Span outer) {
      if (outer != null
          && (compare(outer.line(), outer.column(), inner.line(), inner.column()) > 0
              || compare(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn())
                  > 0)) {
        throw new AssertionError("span " + inner + " is not within its parent's " + outer);
      }
    }

    private static int compare(int lineA, int columnA, int lineB, int columnB) {
      return lineA != lineB ? Integer.compare(lineA, lineB) : Integer.compare(columnA, columnB);
    }
  }

  // ---- Helpers ---------------------------------------------------------------------------------

  private static Compiler.Compilation compile(String text) {
    return Compiler.compile(List.of(new SourceFile(PATH, text)));
  }

  private static String abbreviated(String text) {
    return text.length() <= 200
        ? JavaLiterals.of(text)
        : JavaLiterals.of(text.substring(0, 100))
            + " ... "
            + JavaLiterals.of(text.substring(text.length() - 100))
            + " ("
            + text.length()
            + " chars)";
  }
}
