package io.synergy.compiler.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.render.TextDiagnosticsRenderer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden diagnostics: every case under {@code src/test/resources/diagnostics/<area>/} is
 * compiled on its own, with paths such as {@code diagnostics/syntax/stray.synergy} so the output
 * does not depend on the machine, and {@code synergyc check}'s text output (without colour) must
 * equal the case's {@code .expected} file byte for byte. Every diagnostic must also start on a line
 * that a marker comment names ({@link Markers}), and every marker must be met.
 *
 * <p>Run with {@code -Dsynergy.bless=true} to write the {@code .expected} files into the source
 * folder instead of comparing; markers are still checked.
 */
class GoldenDiagnosticsTest {
  /** The system property that turns comparing into writing the expected outputs. */
  static final String BLESS = "synergy.bless";

  private static final String ROOT = "diagnostics";
  private static final String HOW_TO_BLESS =
      "run `mvn -pl compiler -am test -Dsynergy.bless=true` and review the diff";

  @TestFactory
  Stream<DynamicNode> goldenCases() {
    Path root = root();
    List<String> problems = new ArrayList<>();
    List<GoldenCase> cases = GoldenCase.find(root, problems);
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "layout of " + ROOT + "/",
            () -> {
              assertThat(problems).as("golden folder layout").isEmpty();
              assertThat(cases).as("golden cases under " + root).isNotEmpty();
            }));
    for (GoldenCase c : cases) {
      tests.add(DynamicTest.dynamicTest(c.name(), c.inputs().get(0).toUri(), () -> check(c)));
    }
    return tests.stream();
  }

  private static void check(GoldenCase c) throws IOException {
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    for (Path input : c.inputs()) {
      String path = ROOT + "/" + GoldenCase.relative(root(), input);
      sources.put(path, new SourceFile(path, readUtf8(input)));
    }
    List<SourceFile> files = List.copyOf(sources.values());
    SortedDiagnostics diagnostics = Compiler.compile(files).diagnostics();
    String actual = new TextDiagnosticsRenderer(sources, false).render(diagnostics);

    List<String> failures = new ArrayList<>();
    Markers.Found markers = Markers.in(files);
    failures.addAll(markers.problems());
    failures.addAll(Markers.mismatches(markers.markers(), diagnostics.diagnostics()));

    if (Boolean.getBoolean(BLESS)) {
      if (!Files.exists(c.expected())
          || !Files.readString(c.expected(), StandardCharsets.UTF_8).equals(actual)) {
        Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
      }
    } else if (!Files.exists(c.expected())) {
      failures.add(
          "missing "
              + ROOT
              + "/"
              + GoldenCase.relative(root(), c.expected())
              + "; "
              + HOW_TO_BLESS);
    }
    if (!failures.isEmpty()) {
      fail(c.name() + ":\n" + String.join("\n", failures) + "\n\nthe output was:\n" + actual);
    }
    String expected = Files.readString(c.expected(), StandardCharsets.UTF_8);
    assertThat(actual)
        .as("%s: output differs from %s (%s)", c.name(), c.expected().getFileName(), HOW_TO_BLESS)
        .isEqualTo(expected);
  }

  /**
   * The source folder of the cases, so that blessing writes there and not into {@code target/}:
   * {@code src/test/resources/diagnostics} of the module (Surefire runs in the module folder and
   * sets {@code basedir}), else found from the copy on the test classpath.
   */
  static Path root() {
    Path module = Path.of(System.getProperty("basedir", "."));
    Path source = module.resolve("src/test/resources").resolve(ROOT);
    if (Files.isDirectory(source)) {
      return source.toAbsolutePath().normalize();
    }
    URL copy = GoldenDiagnosticsTest.class.getResource("/" + ROOT);
    if (copy == null) {
      throw new IllegalStateException(
          "no `" + ROOT + "` folder in " + source + " or on the classpath");
    }
    try {
      // target/test-classes/diagnostics -> src/test/resources/diagnostics
      Path classes = Path.of(copy.toURI()).getParent();
      Path fromClasspath = classes.resolve("../../src/test/resources").resolve(ROOT).normalize();
      return Files.isDirectory(fromClasspath) ? fromClasspath : Path.of(copy.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file as strict UTF-8 without a byte order mark, as {@code synergyc} reads it. */
  private static String readUtf8(Path file) throws IOException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not valid UTF-8", e);
    }
  }
}
