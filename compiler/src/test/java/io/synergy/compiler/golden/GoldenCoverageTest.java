package io.synergy.compiler.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code has a golden case: some case's marker comments name it, so the code's
 * message and span are pinned by a {@code .expected} file ({@link GoldenDiagnosticsTest} checks
 * that the markers are met).
 */
class GoldenCoverageTest {
  /** For each code, the cases whose markers name it. */
  private static final Map<Code, Set<String>> CASES = new EnumMap<>(Code.class);

  @BeforeAll
  static void readMarkers() {
    Path root = GoldenDiagnosticsTest.root();
    List<String> problems = new ArrayList<>();
    for (GoldenCase c : GoldenCase.find(root, problems)) {
      for (Markers.Marker m : Markers.in(sources(root, c)).markers()) {
        CASES.computeIfAbsent(m.code(), k -> new TreeSet<>()).add(c.name());
      }
    }
  }

  @Test
  void markers_everyCode_isInSomeGoldenCase() {
    Set<Code> missing = EnumSet.allOf(Code.class);
    missing.removeAll(CASES.keySet());
    assertThat(missing)
        .as(
            "codes that no golden case marks: add a case under %s whose markers name each",
            GoldenDiagnosticsTest.root())
        .isEmpty();
  }

  private static List<SourceFile> sources(Path root, GoldenCase c) {
    List<SourceFile> files = new ArrayList<>();
    for (Path input : c.inputs()) {
      try {
        files.add(
            new SourceFile(
                GoldenCase.relative(root, input), Files.readString(input, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
