package io.synergy.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.cli.SynergycProcess.Result;
import io.synergy.compiler.render.GraphSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synergyc graph} as a process of the shaded jar: without Graphviz's {@code dot} on PATH,
 * SVG and PNG fail with one line that says how to install it while DOT still works; and the other
 * commands never load the Graphviz classes, so their start-up stays as it was.
 */
class GraphCommandIT {
  private static final Path JAR =
      SynergycProcess.repoRoot().resolve("compiler/target/synergyc.jar");
  private static final String SAMPLE = GraphSamples.sample("site-analytics.synergy").toString();

  /**
   * Runs this JVM's `java` with {@code args}, and {@code path} as the whole PATH (to hide or show
   * `dot`).
   */
  private static Result java(Path dir, String path, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    return SynergycProcess.exec(command, dir, Map.of("PATH", path), SynergycProcess.TIMEOUT);
  }

  @Test
  void graph_svgWithoutDot_saysHowToInstallItAndExitsTwo(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectory(dir.resolve("no-dot-here"));
    Path target = dir.resolve("plan.svg");

    Result result =
        java(
            dir,
            empty.toString(),
            "-jar",
            JAR.toString(),
            "graph",
            SAMPLE,
            "-o",
            target.toString());

    assertThat(result.exit()).as("%s", result).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("`dot`", "apt-get install graphviz").hasLineCount(1);
    assertThat(target).doesNotExist();
  }

  @Test
  void graph_dotWithoutDot_stillWorks(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectory(dir.resolve("no-dot-here"));

    Result result = java(dir, empty.toString(), "-jar", JAR.toString(), "graph", SAMPLE);

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("digraph").contains("cluster_tree-site");
  }

  @Test
  void graph_svgWithDot_writesTheFileAndCleansUp(@TempDir Path dir) throws Exception {
    Path dot = GraphSamples.requireDot();
    Path target = dir.resolve("plan.svg");

    Result result =
        java(
            dir,
            dot.getParent().toString(),
            "-Djava.io.tmpdir=" + dir,
            "-jar",
            JAR.toString(),
            "graph",
            SAMPLE,
            "-o",
            target.toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(Files.readString(target)).contains("<svg", "site_daily");
    assertThat(dir.resolve("GraphvizJava")).doesNotExist();
  }

  @Test
  void check_loadsNoGraphvizClass(@TempDir Path dir) throws Exception {
    Result result =
        java(
            dir,
            System.getenv("PATH"),
            "-Xshare:off",
            "-verbose:class",
            "-jar",
            JAR.toString(),
            "check",
            SAMPLE);

    assertThat(result.exit()).as("%s", result.err()).isZero();
    assertThat(result.out()).contains("io.synergy.compiler.cli.CheckCommand");
    assertThat(
            result
                .out()
                .lines()
                .filter(
                    l -> l.contains("guru.nidi.graphviz") || l.contains("org.apache.commons.exec")))
        .isEmpty();
  }
}
