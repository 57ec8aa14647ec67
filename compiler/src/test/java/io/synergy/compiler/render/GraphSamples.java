package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * What the graph tests share: the sample plans beside the compiler module, compiled, and the rule
 * for tests that need Graphviz's {@code dot}.
 */
public final class GraphSamples {
  private GraphSamples() {}

  /** The samples of {@code samples/}, sorted. */
  public static Stream<Path> samples() {
    String basedir = System.getProperty("basedir");
    Path module = (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath();
    Path samples = module.getParent().resolve("samples");
    try (Stream<Path> list = Files.list(samples)) {
      List<Path> files = list.filter(p -> p.toString().endsWith(".synergy")).sorted().toList();
      assertThat(files).as("samples in %s", samples).isNotEmpty();
      return files.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sample by its file name. */
  public static Path sample(String name) {
    return samples().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
  }

  /** The plan of source files, which must compile without errors. */
  public static Plan plan(Path... files) {
    List<SourceFile> sources = Stream.of(files).map(GraphSamples::source).toList();
    Compiler.Compilation compilation = Compiler.compile(sources);
    assertThat(compilation.plan()).as("%s", compilation.diagnostics()).isPresent();
    return compilation.plan().get();
  }

  /** The plan of source text, which must compile without errors. */
  public static Plan plan(String text) {
    Compiler.Compilation compilation = Compiler.compile(List.of(new SourceFile("t.synergy", text)));
    assertThat(compilation.plan()).as("%s", compilation.diagnostics()).isPresent();
    return compilation.plan().get();
  }

  private static SourceFile source(Path file) {
    try {
      return new SourceFile(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where {@code dot} is. Without it a test of SVG or PNG output is skipped on a workstation but
   * fails under CI ({@code CI=true}), where {@code bin/test} installs Graphviz: a missing {@code
   * dot} must never pass unnoticed there.
   */
  public static Path requireDot() {
    Optional<Path> dot =
        GraphImageRenderer.findDot(Optional.ofNullable(System.getenv("PATH")).orElse(""));
    if (dot.isEmpty()) {
      String why = "Graphviz's `dot` is not on PATH (Debian: apt-get install graphviz)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + "; bin/test installs it under CI");
      }
      Assumptions.abort(why);
    }
    return dot.get();
  }
}
