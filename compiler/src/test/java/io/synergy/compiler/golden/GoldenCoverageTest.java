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
  /**
   * Codes whose check is not written yet: the machine checker (SYN300 to SYN304) and unused
   * machines (SYN406). They have no golden case, and must not have one while they are listed here:
   * when the checker lands, its cases fail this test until their codes are removed from this set
   * (and from {@code DiagnosticPagesTest.AWAITING_MACHINE_CHECKER}).
   */
  static final Set<Code> AWAITING_MACHINE_CHECKER =
      EnumSet.of(Code.SYN300, Code.SYN301, Code.SYN302, Code.SYN303, Code.SYN304, Code.SYN406);

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
  void markers_everyCodeWithACheck_areInSomeGoldenCase() {
    Set<Code> missing = EnumSet.allOf(Code.class);
    missing.removeAll(AWAITING_MACHINE_CHECKER);
    missing.removeAll(CASES.keySet());
    assertThat(missing)
        .as(
            "codes that no golden case marks: add a case under %s whose markers name each",
            GoldenDiagnosticsTest.root())
        .isEmpty();
  }

  @Test
  void markers_codesAwaitingTheMachineChecker_areInNoGoldenCase() {
    Map<Code, Set<String>> early = new EnumMap<>(Code.class);
    CASES.forEach(
        (code, cases) -> {
          if (AWAITING_MACHINE_CHECKER.contains(code)) {
            early.put(code, cases);
          }
        });
    assertThat(early)
        .as(
            "codes with golden cases now: remove them from AWAITING_MACHINE_CHECKER in"
                + " GoldenCoverageTest (and in DiagnosticPagesTest)")
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
