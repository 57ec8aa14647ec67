package io.synergy.compiler.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.render.PlanJsonRenderer;
import io.synergy.compiler.testing.JavaLiterals;
import io.synergy.grammar.SynergyLexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The formatter's properties over the samples, the test plans that parse, those files with random
 * whitespace, and random plans written from the grammar with comments in random places: formatting
 * twice gives what formatting once gives; the formatted file means the same plan (the same plan
 * JSON, or the same diagnostics when there is no plan); the tokens and comments stay, in order;
 * lines never end in a space.
 *
 * <p>Runs are seeded; a failure ends with {@code Seed was N}. Rerun it with
 *
 * <pre>
 * mvn -B -pl compiler -am test -Dtest=FormatterPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false -DQT_SEED=N
 * </pre>
 *
 * and search further with a new {@code QT_SEED} and a larger {@code QT_EXAMPLES} (default 300).
 */
class FormatterPropertiesTest {
  private static final long SEED = Long.getLong("QT_SEED", 20261204L);
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);
  private static final String PATH = "plans/fmt.synergy";
  private static final List<String> CORPUS = corpus();

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(EXAMPLES);
  }

  /** Random plans and the corpus with random whitespace, half and half. */
  private static Gen<String> sources() {
    Gen<String> respaced = Generate.pick(CORPUS).flatMap(PlanWriter::respaced);
    return PlanWriter.plans().mix(respaced).describedAs(JavaLiterals::of);
  }

  @Test
  void corpus_isLargeEnough() {
    assertThat(CORPUS).hasSizeGreaterThan(50);
  }

  @Test
  void format_corpusAsWritten_keepsEveryProperty() {
    for (String text : CORPUS) {
      String formatted = format(text);
      assertThat(format(formatted)).isEqualTo(formatted);
      assertSameMeaning(text, formatted);
      assertThat(tokensAndComments(formatted)).isEqualTo(tokensAndComments(text));
      assertTidy(formatted);
    }
  }

  @Test
  void format_formattedText_isAFixedPoint() {
    qt().forAll(sources())
        .checkAssert(
            text -> {
              String once = format(text);
              assertThat(format(once)).isEqualTo(once);
            });
  }

  @Test
  void format_anyPlan_meansTheSamePlan() {
    qt().forAll(sources()).checkAssert(text -> assertSameMeaning(text, format(text)));
  }

  @Test
  void format_anyPlan_keepsTokensAndCommentsInOrder() {
    qt().forAll(sources())
        .checkAssert(
            text -> assertThat(tokensAndComments(format(text))).isEqualTo(tokensAndComments(text)));
  }

  @Test
  void format_anyPlan_writesTidyLines() {
    qt().forAll(sources()).checkAssert(text -> assertTidy(format(text)));
  }

  @Test
  void plans_written_mostlyCompileAndHaveComments() {
    List<String> plans = new ArrayList<>();
    qt().withExamples(200).forAll(PlanWriter.plans()).checkAssert(plans::add);
    long compiling = plans.stream().filter(p -> compile(p).plan().isPresent()).count();
    long commented = plans.stream().filter(p -> p.contains("#")).count();

    assertThat(compiling).as("plans that compile").isGreaterThan(plans.size() / 2);
    assertThat(commented).as("plans with comments").isGreaterThan(plans.size() / 2);
  }

  // ---- Checks ----------------------------------------------------------------------------------

  private static String format(String text) {
    Formatted formatted = Formatter.format(new SourceFile(PATH, text));
    assertThat(formatted.errors().diagnostics()).as("syntax errors").isEmpty();
    return formatted.text().orElseThrow();
  }

  /** The same plan JSON; without a plan, the same diagnostic codes and messages, in order. */
  private static void assertSameMeaning(String before, String after) {
    Compiler.Compilation was = compile(before);
    Compiler.Compilation is = compile(after);
    assertThat(is.plan().map(PlanJsonRenderer::render))
        .isEqualTo(was.plan().map(PlanJsonRenderer::render));
    assertThat(messages(is)).isEqualTo(messages(was));
  }

  private static List<String> messages(Compiler.Compilation compilation) {
    return compilation.diagnostics().diagnostics().stream()
        .map(d -> d.code() + " " + d.message())
        .toList();
  }

  /** No line ends in whitespace, the text ends with one newline, no two blank lines in a row. */
  private static void assertTidy(String text) {
    if (text.isEmpty()) {
      return;
    }
    assertThat(text).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\n\n\n");
    assertThat(text).doesNotStartWith("\n").doesNotContain("\r");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    assertThat(text).doesNotContain("{\n\n").doesNotContainPattern("\n\n *}");
  }

  /** The significant tokens and comments (without trailing spaces) of a text, as lexed. */
  private static List<String> tokensAndComments(String text) {
    SynergyLexer lexer = new SynergyLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    return lexer.getAllTokens().stream()
        .map(t -> t.getType() + ":" + t.getText().stripTrailing())
        .toList();
  }

  private static Compiler.Compilation compile(String text) {
    return Compiler.compile(List.of(new SourceFile(PATH, text)));
  }

  // ---- The corpus ------------------------------------------------------------------------------

  /** The samples, the prelude and the test plans without syntax errors. */
  private static List<String> corpus() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    List<String> texts = new ArrayList<>();
    texts.add(Compiler.prelude().text());
    for (Path folder :
        List.of(module.resolveSibling("samples"), module.resolve("src/test/resources"))) {
      try (Stream<Path> files = Files.walk(folder)) {
        files
            .filter(p -> p.toString().endsWith(".synergy"))
            .sorted()
            .map(FormatterPropertiesTest::read)
            .filter(t -> Formatter.format(new SourceFile(PATH, t)).text().isPresent())
            .forEach(texts::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(texts);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unused")
  private static boolean isComment(Token t) {
    return t.getType() == SynergyLexer.COMMENT;
  }
}
