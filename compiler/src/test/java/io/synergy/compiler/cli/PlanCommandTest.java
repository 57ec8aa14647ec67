package io.synergy.compiler.cli;

import static io.synergy.compiler.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.synergy.compiler.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code synergyc plan} in process: the JSON of COMMANDS.md on stdout for every sample, the hash
 * with {@code --hash}, diagnostics and exit 1 for a plan with errors, exit 2 for a missing file.
 */
class PlanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> TOP =
      List.of("version", "settings", "processes", "trees", "machines");
  private static final List<String> SETTINGS =
      List.of("timezone", "start", "discrete_lag", "max_failures", "gc");
  private static final List<String> GC =
      List.of("every", "resubmit_after", "release_lag", "life_support");
  private static final List<String> PROCESS =
      List.of(
          "name",
          "kind",
          "period",
          "machine",
          "blocking",
          "trigger",
          "run",
          "queue",
          "boxes",
          "group",
          "retries",
          "backoff",
          "timeout",
          "exit",
          "source",
          "sink",
          "args",
          "tree",
          "enabled");
  private static final List<String> EXIT = List.of("noop", "canceled");
  private static final List<String> TREE = List.of("name", "processes", "depends_on");
  private static final List<String> MACHINE = List.of("name", "live", "transitions");
  private static final List<String> TRANSITION = List.of("from", "to", "action", "when");

  /** The samples of {@code samples/} beside the compiler module. */
  static Stream<Path> samples() throws IOException {
    String basedir = System.getProperty("basedir");
    Path module = (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath();
    Path samples = module.getParent().resolve("samples");
    List<Path> files;
    try (Stream<Path> list = Files.list(samples)) {
      files = list.filter(p -> p.toString().endsWith(".synergy")).sorted().toList();
    }
    assertThat(files).as("samples in %s", samples).isNotEmpty();
    return files.stream();
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void plan_sample_exitsZeroWithOneLineOfJsonInTheDocumentedKeyOrder(Path sample)
      throws IOException {
    CliRun run = run("plan", sample.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).endsWith("\n");
    assertThat(run.out().lines()).hasSize(1);
    JsonNode plan = JSON.readTree(run.out());
    assertThat(keys(plan)).containsExactlyElementsOf(TOP);
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    assertThat(keys(plan.get("settings"))).containsExactlyElementsOf(SETTINGS);
    assertThat(keys(plan.get("settings").get("gc"))).containsExactlyElementsOf(GC);
    assertThat(plan.get("processes")).isNotEmpty();
    for (JsonNode p : plan.get("processes")) {
      assertThat(keys(p)).as("process %s", p.get("name")).containsExactlyElementsOf(PROCESS);
      assertThat(keys(p.get("exit"))).containsExactlyElementsOf(EXIT);
      assertThat(keys(p.get("trigger"))).first().isEqualTo("kind");
      assertThat(keys(p.get("trigger")))
          .containsExactly("kind", p.get("trigger").get("kind").asText(), "zone");
    }
    for (JsonNode t : plan.get("trees")) {
      assertThat(keys(t)).containsExactlyElementsOf(TREE);
    }
    assertThat(plan.get("machines").findValuesAsText("name"))
        .startsWith("discrete", "continuous", "recomputing");
    for (JsonNode m : plan.get("machines")) {
      assertThat(keys(m)).containsExactlyElementsOf(MACHINE);
      for (JsonNode t : m.get("transitions")) {
        assertThat(keys(t)).containsExactlyElementsOf(TRANSITION);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void planHash_sample_printsTheSha256OfTheJson(Path sample) throws NoSuchAlgorithmException {
    CliRun json = run("plan", sample.toString());
    CliRun hash = run("plan", "--hash", sample.toString());

    assertThat(hash.status()).isZero();
    assertThat(hash.err()).isEmpty();
    assertThat(hash.out()).matches("[0-9a-f]{64}\n");
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(json.out().getBytes(StandardCharsets.UTF_8));
    assertThat(hash.out().strip()).isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void plan_warningsOnly_printsThePlanAndTheWarningsOnStderr(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("warned.synergy");
    Files.writeString(
        file,
        """
        process site_daily { period daily  blocking children  run "bin/site" }
        """,
        StandardCharsets.UTF_8);

    CliRun run = run("plan", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("{\"version\":1,").endsWith("}\n");
    assertThat(run.err()).contains("warning[SYN405]").contains("1 warning");
  }

  @Test
  void plan_fileWithErrors_exitsOneWithDiagnosticsOnStderrOnly(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("broken.synergy");
    Files.writeString(
        file,
        """
        process site_daily { period daily  run "bin/site" }
        tree client { site_dayly }
        """,
        StandardCharsets.UTF_8);

    CliRun run = run("plan", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("error[SYN101]: unknown process `site_dayly`")
        .contains(file + ":2:15")
        .contains("did you mean `site_daily`?")
        .endsWith("1 error\n");
  }

  @Test
  void planHash_fileWithErrors_exitsOneAndPrintsNoHash(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.synergy");
    Files.writeString(file, "process p { period weekly run \"bin/p\" }\n", StandardCharsets.UTF_8);

    CliRun run = run("plan", "--hash", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error[");
  }

  @Test
  void plan_fileWithWarningsOnly_printsThePlan(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("warned.synergy");
    Files.writeString(
        file,
        """
        machine spare {
            embryo      -> in_progress  post
            in_progress -> processed           when uow processed
            in_progress -> skipped             when uow finished and not uow processed
        }
        process p { period daily  run "bin/p" }
        """,
        StandardCharsets.UTF_8);

    CliRun run = run("plan", file.toString());

    assertThat(run.status()).isZero();
    assertThat(JSON.readTree(run.out()).at("/machines/3/name").asText()).isEqualTo("spare");
  }

  @Test
  void plan_missingFile_exitsTwoNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.synergy");

    CliRun run = run("plan", missing.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(missing.toString()).contains("no such file");
  }

  @Test
  void plan_missingFileBesideAFileWithErrors_stillExitsTwo(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.synergy");
    Files.writeString(
        broken, "process p { period weekly run \"bin/p\" }\n", StandardCharsets.UTF_8);

    CliRun run = run("plan", broken.toString(), dir.resolve("missing.synergy").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void plan_noFile_isAUsageError() {
    CliRun run = run("plan");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ");
  }
}
