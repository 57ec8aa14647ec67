package io.synergy.compiler.cli;

import static io.synergy.compiler.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.render.GraphSamples;
import io.synergy.compiler.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synergyc graph} in process (COMMANDS.md): DOT on stdout by default, a file with {@code -o}
 * in the format its extension names, diagnostics and exit 1 for a plan with errors, exit 2 for
 * usage errors and unreadable files.
 */
class GraphCommandTest {
  private static final String SAMPLE = GraphSamples.sample("site-analytics.synergy").toString();

  @Test
  void graph_sample_printsDotOnStdout() {
    CliRun run = run("graph", SAMPLE);

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("digraph \"synergy\" {")
        .endsWith("}\n")
        .contains("subgraph \"cluster_tree-site\"", "\"site_daily\" -> \"client_daily\"")
        .contains("site-analytics.synergy");
  }

  @Test
  void graph_outputDot_writesTheSameDotToTheFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("plan.dot");

    CliRun run = run("graph", SAMPLE, "-o", target.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(run("graph", SAMPLE).out());
  }

  @Test
  void graph_outputSvg_writesAnSvgFile(@TempDir Path dir) throws IOException {
    GraphSamples.requireDot();
    Path target = dir.resolve("plan.svg");

    CliRun run = run("graph", SAMPLE, "-o", target.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .startsWith("<?xml")
        .contains("<svg", "site_daily")
        .endsWith("</svg>\n");
  }

  @Test
  void graph_outputPng_writesAPngFile(@TempDir Path dir) throws IOException {
    GraphSamples.requireDot();
    Path target = dir.resolve("plan.PNG");

    CliRun run = run("graph", SAMPLE, "-o", target.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(Files.readAllBytes(target)).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void graph_formatSvgWithoutOutput_printsTheSvg() {
    GraphSamples.requireDot();

    CliRun run = run("graph", SAMPLE, "--format", "svg");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("<?xml").contains("</svg>");
  }

  @Test
  void graph_formatOverridesTheExtension(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("plan.svg");

    CliRun run = run("graph", SAMPLE, "-o", target.toString(), "--format", "dot");

    assertThat(run.status()).isZero();
    assertThat(Files.readString(target)).startsWith("digraph");
  }

  @Test
  void graph_planWithErrors_exitsOneWithDiagnosticsOnStderrAndWritesNothing(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("broken.synergy");
    Files.writeString(
        file,
        """
        process site_daily { period daily  run "bin/site" }
        tree client { site_dayly }
        """,
        StandardCharsets.UTF_8);
    Path target = dir.resolve("plan.dot");

    CliRun run = run("graph", file.toString(), "-o", target.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("error[SYN101]: unknown process `site_dayly`")
        .endsWith("1 error\n");
    assertThat(target).doesNotExist();
  }

  @Test
  void graph_unknownExtension_isAUsageErrorOnOneLine(@TempDir Path dir) {
    Path target = dir.resolve("plan.jpg");

    CliRun run = run("graph", SAMPLE, "-o", target.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("error: cannot tell the format of `" + target + "`")
        .contains(".dot, .svg or .png")
        .hasLineCount(1);
    assertThat(target).doesNotExist();
  }

  @Test
  void graph_unknownFormat_isAUsageError() {
    CliRun run = run("graph", SAMPLE, "--format", "jpg");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").hasLineCount(1);
  }

  @Test
  void graph_pngOnStdout_isAUsageError() {
    CliRun run = run("graph", SAMPLE, "--format", "png");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("-o OUT.png").hasLineCount(1);
  }

  @Test
  void graph_missingFile_exitsTwo() {
    CliRun run = run("graph", "no-such-plan.synergy");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read `no-such-plan.synergy`: no such file");
  }

  @Test
  void graph_unwritableOutput_exitsTwoWithOneLine(@TempDir Path dir) {
    Path target = dir.resolve("missing/plan.dot");

    CliRun run = run("graph", SAMPLE, "-o", target.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: cannot write `" + target + "`").hasLineCount(1);
  }
}
