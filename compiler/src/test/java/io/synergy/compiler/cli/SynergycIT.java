package io.synergy.compiler.cli;

import static io.synergy.compiler.cli.SynergycProcess.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.synergy.compiler.cli.SynergycProcess.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synergyc check} as users and CI run it: {@code bin/synergyc} started as a process on files
 * in a temporary folder, checked for its exit status (COMMANDS.md: 0 clean, 1 errors, 2 usage or
 * unreadable file, 3 internal error) and the exact shape of its text and JSON output.
 */
class SynergycIT {
  private static final String CLEAN_PLAN =
      """
      synergy 1

      settings {
          timezone "UTC"
          start    2026-12-01
      }

      process site_hourly {
          period  hourly
          machine recomputing
          trigger every 5m
          source  "single_session"
          run     "python3" "workers/site_hourly.py" "--from" "{start}" "--to" "{end}"
      }

      process site_daily { period daily  trigger every 15m  run "bin/rollup" "{period}" }

      tree site { site_daily, site_hourly }

      freerun nightly_backup {
          trigger cron "0 30 2 * * ?"
          run     "bin/backup.sh" "--full"
      }
      """;

  /** Five declarations with one syntax error each, between declarations without any. */
  private static final String FIVE_ERRORS =
      """
      process ok_first { period daily run "bin/ok" }
      process a { period daily run 1 }
      tree t { a b }
      process ok_middle { period hourly run "bin/ok" }
      settings { timezone }
      machine m { embryo -> }
      freerun f { run "bin/f" trigger cron }
      process ok_last { period monthly run "bin/ok" }
      """;

  private static final String CLEAN_JSON =
      "{\"version\":1,\"diagnostics\":[],\"errors\":0,\"warnings\":0}";

  private static final List<String> TOP_KEYS =
      List.of("version", "diagnostics", "errors", "warnings");

  private static final List<String> DIAGNOSTIC_KEYS =
      List.of(
          "code",
          "severity",
          "message",
          "file",
          "line",
          "column",
          "endLine",
          "endColumn",
          "help",
          "notes");

  private static final String ANSI = "\u001b[";

  @TempDir Path dir;

  // ---- exit 0 ----------------------------------------------------------------------------------

  @Test
  void check_cleanPlan_exitsZeroAndPrintsNothing() throws IOException {
    write("plan.synergy", CLEAN_PLAN);

    Result r = run(dir, "check", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).as("%s", r).isEmpty();
    assertThat(r.err()).as("%s", r).isEmpty();
  }

  @Test
  void check_cleanPlanAsJson_printsTheEmptyReport() throws IOException {
    write("plan.synergy", CLEAN_PLAN);

    Result r = run(dir, "check", "--format", "json", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out().stripTrailing()).as("%s", r).isEqualTo(CLEAN_JSON);
    assertThat(r.err()).as("%s", r).isEmpty();
  }

  @Test
  void check_emptyFile_exitsZeroAndPrintsNothing() throws IOException {
    write("empty.synergy", "");

    Result text = run(dir, "check", "empty.synergy");
    Result json = run(dir, "check", "--format=json", "empty.synergy");

    assertThat(text.exit()).as("%s", text).isZero();
    assertThat(text.out() + text.err()).as("%s", text).isEmpty();
    assertThat(json.exit()).as("%s", json).isZero();
    assertThat(json.out().stripTrailing()).as("%s", json).isEqualTo(CLEAN_JSON);
  }

  @Test
  void check_onlyComments_exitsZeroAndPrintsNothing() throws IOException {
    write(
        "comments.synergy",
        "# nothing to run yet\n\n   # indented comment\n# last line, no newline");

    Result r = run(dir, "check", "comments.synergy");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out() + r.err()).as("%s", r).isEmpty();
  }

  @Test
  void check_byteOrderMark_isNotAnError() throws IOException {
    write("bom.synergy", "\uFEFF" + CLEAN_PLAN);

    Result r = run(dir, "check", "bom.synergy");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out() + r.err()).as("%s", r).isEmpty();
  }

  // ---- exit 1: text ----------------------------------------------------------------------------

  @Test
  void check_syntaxErrors_printsRustcLayoutAndExitsOne() throws IOException {
    write(
        "plan.synergy",
        """
        process ok { period daily run "bin/ok" }
        process a { period daily run 1 }
        tree t { ok a b }
        """);

    Result r = run(dir, "check", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    assertThat(r.err()).as("%s", r).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).as("%s", r).matches("error\\[SYN001\\]: \\S.*");
    assertThat(lines.get(1)).as("%s", r).isEqualTo(" --> plan.synergy:2:30");
    assertThat(lines.get(2)).as("%s", r).isEqualTo("  |");
    assertThat(lines.get(3)).as("%s", r).isEqualTo("2 | process a { period daily run 1 }");
    assertThat(lines.get(4)).as("the caret under `1`: %s", r).matches("  \\| {30}\\^( .*)?");
    assertThat(lines).as("%s", r).contains("  = note: `synergyc explain SYN001` says more");
    assertThat(lines).as("%s", r).contains(" --> plan.synergy:3:13");
    assertThat(lines.stream().filter(l -> l.startsWith("error["))).as("%s", r).hasSize(2);
    assertThat(lines.get(lines.size() - 1)).as("the summary line: %s", r).isEqualTo("2 errors");
  }

  @Test
  void check_oneError_saysOneErrorInTheSummary() throws IOException {
    write("plan.synergy", "process a { period daily run 1 }\n");

    Result r = run(dir, "check", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    assertThat(r.out().lines().reduce((a, b) -> b)).as("%s", r).contains("1 error");
  }

  @Test
  void check_locationsCountCodePoints_andOutputIsUtf8UnderAnyLocale() throws IOException {
    write("plan.synergy", "process a { run \"é😀\" 1 }\n");

    Result json =
        run(dir, Map.of("LC_ALL", "C", "LANG", "C"), "check", "--format=json", "plan.synergy");
    Result text = run(dir, Map.of("LC_ALL", "C", "LANG", "C"), "check", "plan.synergy");

    assertThat(json.exit()).as("%s", json).isEqualTo(1);
    JsonNode d = json.json().get("diagnostics").get(0);
    assertThat(d.get("line").asInt()).as("%s", json).isEqualTo(1);
    assertThat(d.get("column").asInt()).as("`1` is code point 22: %s", json).isEqualTo(22);
    assertThat(text.exit()).as("%s", text).isEqualTo(1);
    assertThat(text.out()).as("%s", text).contains("1 | process a { run \"é😀\" 1 }");
  }

  // ---- exit 1: JSON ----------------------------------------------------------------------------

  @Test
  void check_jsonFormat_isOneObjectWithKeysInSpecOrder() throws IOException {
    write("plan.synergy", FIVE_ERRORS);

    Result r = run(dir, "check", "--format", "json", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    assertThat(r.err()).as("%s", r).isEmpty();
    assertThat(r.out()).as("%s", r).startsWith("{").doesNotContain(ANSI);
    JsonNode root = r.json();
    assertThat(keys(root)).as("%s", r).containsExactlyElementsOf(TOP_KEYS);
    assertThat(root.get("version").isInt()).isTrue();
    assertThat(root.get("version").asInt()).isEqualTo(1);
    assertThat(root.get("diagnostics").isArray()).isTrue();
    for (JsonNode d : root.get("diagnostics")) {
      assertThat(keys(d)).as("%s", d).containsExactlyElementsOf(DIAGNOSTIC_KEYS);
      assertThat(d.get("code").asText()).matches("SYN\\d{3}");
      assertThat(d.get("severity").asText()).isIn("error", "warning");
      assertThat(d.get("message").asText()).isNotBlank();
      assertThat(d.get("file").asText()).isEqualTo("plan.synergy");
      for (String number : List.of("line", "column", "endLine", "endColumn")) {
        assertThat(d.get(number).isInt()).as("%s is an integer in %s", number, d).isTrue();
        assertThat(d.get(number).asInt()).as("%s in %s", number, d).isPositive();
      }
      for (String list : List.of("help", "notes")) {
        assertThat(d.get(list).isArray()).as("%s is an array in %s", list, d).isTrue();
        d.get(list).forEach(item -> assertThat(item.isTextual()).as("%s", d).isTrue());
      }
    }
    assertThat(root.get("errors").asInt()).isEqualTo(root.get("diagnostics").size());
    assertThat(root.get("warnings").asInt()).isZero();
  }

  @Test
  void check_fiveIndependentErrors_reportsExactlyFiveAtTheirTokens() throws IOException {
    write("plan.synergy", FIVE_ERRORS);

    Result r = run(dir, "check", "--format", "json", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    JsonNode root = r.json();
    assertThat(spans(root))
        .as("%s", r)
        .containsExactly(
            "SYN001 error plan.synergy:2:30-2:31", // `1` where `run` wants strings
            "SYN001 error plan.synergy:3:12-3:13", // `b` where a `,` belongs
            "SYN001 error plan.synergy:5:21-5:22", // `}` where the zone string belongs
            "SYN001 error plan.synergy:6:23-6:24", // `}` where the target state belongs
            "SYN001 error plan.synergy:7:38-7:39"); // `}` where the cron string belongs
    assertThat(root.get("errors").asInt()).isEqualTo(5);
    assertThat(root.get("warnings").asInt()).isZero();
  }

  @Test
  void check_severalFiles_ordersDiagnosticsByFileInCommandLineOrder() throws IOException {
    Files.createDirectories(dir.resolve("plans"));
    write("plans/z.synergy", "process z_ok { period daily run \"z\" }\nprocess z { run 1 }\n");
    write("a.synergy", "process a { run 2 }\n");
    write("m.synergy", "tree t { z_ok }\n");

    Result json =
        run(dir, "check", "--format", "json", "plans/z.synergy", "a.synergy", "m.synergy");
    Result text = run(dir, "check", "plans/z.synergy", "a.synergy", "m.synergy");

    assertThat(json.exit()).as("%s", json).isEqualTo(1);
    assertThat(spans(json.json()))
        .as("%s", json)
        .containsExactly(
            "SYN001 error plans/z.synergy:2:17-2:18", "SYN001 error a.synergy:1:17-1:18");
    assertThat(text.exit()).as("%s", text).isEqualTo(1);
    List<String> locations = text.out().lines().filter(l -> l.startsWith(" --> ")).toList();
    assertThat(locations)
        .as("%s", text)
        .containsExactly(" --> plans/z.synergy:2:17", " --> a.synergy:1:17");
  }

  // ---- exit 2 ----------------------------------------------------------------------------------

  @Test
  void check_missingFile_exitsTwoWithOneLine() {
    assertUsageError(run(dir, "check", "missing.synergy"), "missing.synergy");
  }

  @Test
  void check_directory_exitsTwoWithOneLine() throws IOException {
    Files.createDirectories(dir.resolve("plans.synergy"));

    assertUsageError(run(dir, "check", "plans.synergy"), "plans.synergy");
  }

  @Test
  void check_binaryFile_exitsTwoWithOneLine() throws IOException {
    Files.write(dir.resolve("binary.synergy"), new byte[] {'p', 'r', 0, 0, 1, 2, (byte) 0xff});

    assertUsageError(run(dir, "check", "binary.synergy"), "binary.synergy");
  }

  @Test
  void check_notUtf8_exitsTwoWithOneLine() throws IOException {
    Files.write(dir.resolve("latin1.synergy"), new byte[] {'#', ' ', (byte) 0xC3, 0x28, '\n'});

    Result r = run(dir, "check", "latin1.synergy");

    assertUsageError(r, "latin1.synergy");
    assertThat(r.err()).contains("UTF-8");
  }

  @Test
  void check_fileOverTheSizeLimit_exitsTwoWithoutReadingIt() throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(dir.resolve("huge.synergy").toFile(), "rw")) {
      file.setLength(64L * 1024 * 1024 + 1); // sparse: no 64 MiB written to disk
    }

    Result r = run(dir, "check", "huge.synergy");

    assertUsageError(r, "huge.synergy");
    assertThat(r.err()).contains("MiB");
  }

  @Test
  void check_unreadableFileBesideAFileWithErrors_stillExitsTwo() throws IOException {
    write("bad.synergy", FIVE_ERRORS);

    assertUsageError(run(dir, "check", "bad.synergy", "missing.synergy"), "missing.synergy");
    assertUsageError(run(dir, "check", "missing.synergy", "bad.synergy"), "missing.synergy");
    assertUsageError(
        run(dir, "check", "--format", "json", "bad.synergy", "missing.synergy"), "missing.synergy");
  }

  @Test
  void check_unknownOption_exitsTwoWithOneLine() throws IOException {
    write("plan.synergy", CLEAN_PLAN);

    assertUsageError(run(dir, "check", "--frobnicate", "plan.synergy"), "--frobnicate");
  }

  @Test
  void check_noFile_exitsTwoWithOneLine() {
    assertUsageError(run(dir, "check"), "FILE");
  }

  @Test
  void check_unknownFormat_exitsTwoWithOneLine() throws IOException {
    write("plan.synergy", CLEAN_PLAN);

    assertUsageError(run(dir, "check", "--format", "xml", "plan.synergy"), "xml");
  }

  @Test
  void check_unknownColorMode_exitsTwoWithOneLine() throws IOException {
    write("plan.synergy", CLEAN_PLAN);

    assertUsageError(run(dir, "check", "--color", "sometimes", "plan.synergy"), "sometimes");
  }

  @Test
  void synergyc_noCommand_exitsTwoWithOneLine() {
    assertUsageError(run(dir), "command");
  }

  @Test
  void synergyc_unknownCommand_exitsTwoWithOneLine() {
    assertUsageError(run(dir, "chek", "plan.synergy"), "chek");
  }

  // ---- help, version, colour, --werror ---------------------------------------------------------

  @Test
  void synergyc_help_exitsZeroAndListsCheck() {
    Result r = run(dir, "--help");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).as("%s", r).contains("check");
    assertThat(r.err()).as("%s", r).isEmpty();
  }

  @Test
  void check_help_exitsZeroAndDescribesCheck() {
    Result r = run(dir, "check", "--help");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).as("%s", r).contains("check").contains("--format").contains("--werror");
    assertThat(r.err()).as("%s", r).isEmpty();
  }

  @Test
  void synergyc_version_printsNameAndVersion() {
    Result r = run(dir, "--version");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out().strip()).as("%s", r).matches("synergyc \\d+\\.\\d+\\.\\d+\\S*");
    assertThat(r.err()).as("%s", r).isEmpty();
  }

  @Test
  void check_colorAlways_paintsTheTextOutput() throws IOException {
    write("plan.synergy", FIVE_ERRORS);

    Result r = run(dir, "check", "--color", "always", "plan.synergy");

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    assertThat(r.out()).as("%s", r).contains(ANSI);
  }

  @Test
  void check_colorNeverOrNotATerminal_printsNoEscapes() throws IOException {
    write("plan.synergy", FIVE_ERRORS);

    Result never = run(dir, "check", "--color", "never", "plan.synergy");
    Result auto = run(dir, "check", "plan.synergy");
    Result json = run(dir, "check", "--color", "always", "--format", "json", "plan.synergy");

    for (Result r : List.of(never, auto, json)) {
      assertThat(r.exit()).as("%s", r).isEqualTo(1);
      assertThat(r.out()).as("%s", r).isNotEmpty().doesNotContain(ANSI);
    }
    assertThat(auto.out()).isEqualTo(never.out());
  }

  @Test
  void check_werrorOnCleanPlan_exitsZero() throws IOException {
    write("plan.synergy", CLEAN_PLAN);

    Result text = run(dir, "check", "--werror", "plan.synergy");
    Result json = run(dir, "check", "--werror", "--format", "json", "plan.synergy");

    assertThat(text.exit()).as("%s", text).isZero();
    assertThat(text.out() + text.err()).as("%s", text).isEmpty();
    assertThat(json.exit()).as("%s", json).isZero();
    assertThat(json.out().stripTrailing()).as("%s", json).isEqualTo(CLEAN_JSON);
  }

  /**
   * A valid plan whose only findings are warnings (SYN406: a declared machine nobody uses; SYN404:
   * {@code blocking dependencies} in a tree without {@code depends_on}). Skipped while the checker
   * reports no warnings.
   */
  @Test
  void check_werror_turnsWarningsIntoErrors() throws IOException {
    write(
        "plan.synergy",
        """
        machine unused {
            embryo      -> in_progress  post
            in_progress -> in_progress  post  when uow finished and not finalizable
            in_progress -> processed          when uow processed and finalizable
            in_progress -> noop               when uow noop and finalizable
            in_progress -> skipped            when uow canceled and finalizable
        }
        process site_daily { period daily  blocking dependencies  run "bin/site" "{period}" }
        tree site { site_daily }
        """);

    Result plain = run(dir, "check", "--format", "json", "plan.synergy");
    JsonNode report = plain.json();
    assertThat(report.get("errors").asInt()).as("the plan is valid: %s", plain).isZero();
    assumeThat(report.get("warnings").asInt()).as("the checker reports warnings").isPositive();
    Result strict = run(dir, "check", "--werror", "--format", "json", "plan.synergy");

    assertThat(plain.exit()).as("warnings alone exit 0: %s", plain).isZero();
    assertThat(strict.exit()).as("%s", strict).isEqualTo(1);
    JsonNode strictReport = strict.json();
    assertThat(strictReport.get("errors").asInt()).isEqualTo(report.get("warnings").asInt());
    assertThat(strictReport.get("warnings").asInt()).isZero();
    strictReport
        .get("diagnostics")
        .forEach(d -> assertThat(d.get("severity").asText()).isEqualTo("error"));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Exit 2, nothing on stdout, and on stderr one line that names the culprit, no stack trace. */
  static void assertUsageError(Result r, String mentions) {
    assertThat(r.exit()).as("%s", r).isEqualTo(2);
    assertThat(r.out()).as("%s", r).isEmpty();
    assertThat(r.err().strip().lines()).as("one line on stderr: %s", r).hasSize(1);
    assertThat(r.err()).as("%s", r).startsWith("error: ").contains(mentions);
    assertNoStackTrace(r);
  }

  static void assertNoStackTrace(Result r) {
    assertThat(r.err()).as("%s", r).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).as("%s", r).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Each diagnostic as {@code CODE severity file:line:column-endLine:endColumn}. */
  static List<String> spans(JsonNode report) {
    List<String> spans = new ArrayList<>();
    for (JsonNode d : report.get("diagnostics")) {
      spans.add(
          d.get("code").asText()
              + " "
              + d.get("severity").asText()
              + " "
              + d.get("file").asText()
              + ":"
              + d.get("line").asInt()
              + ":"
              + d.get("column").asInt()
              + "-"
              + d.get("endLine").asInt()
              + ":"
              + d.get("endColumn").asInt());
    }
    return spans;
  }
}
