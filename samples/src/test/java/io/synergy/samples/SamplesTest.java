package io.synergy.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.Compiler.Compilation;
import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.cli.SynergycMain;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.render.TextDiagnosticsRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample plan compiles clean, is in the canonical layout of {@code synergyc fmt}, and every
 * command it runs is a worker script shipped beside it. Surefire runs tests in the module folder,
 * which is the samples folder.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("").toAbsolutePath();

  /** Programs that run the script named by their first argument. */
  private static final Set<String> INTERPRETERS = Set.of("python3", "sh");

  static Stream<Path> samples() {
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      return files
          .filter(p -> !p.startsWith(SAMPLES.resolve("target")))
          .filter(p -> p.getFileName().toString().endsWith(".synergy"))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void samples_inSamplesFolder_atLeastThree() {
    assertThat(samples()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void compile_sample_hasNoDiagnostics(Path sample) throws IOException {
    SourceFile source = source(sample);
    Compilation compilation = Compiler.compile(List.of(source));

    String rendered =
        new TextDiagnosticsRenderer(Map.of(source.path(), source), false)
            .render(compilation.diagnostics());
    assertThat(compilation.diagnostics().diagnostics()).as(rendered).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void run_sample_isAnExecutableWorkerScript(Path sample) throws IOException {
    List<List<String>> commands = runCommands(Compiler.compile(List.of(source(sample))));

    assertThat(commands).isNotEmpty();
    for (List<String> command : commands) {
      String script = INTERPRETERS.contains(command.get(0)) ? command.get(1) : command.get(0);
      assertThat(script).as("the script of %s", command).startsWith("workers/");
      assertThat(sample.resolveSibling(script)).as("the script of %s", command).isExecutable();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void fmtCheck_sample_isInTheCanonicalLayout(Path sample) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String path = SAMPLES.relativize(sample).toString();

    int status =
        SynergycMain.run(
            new String[] {"fmt", "--check", path}, new PrintWriter(out), new PrintWriter(err));

    assertThat(err.toString()).as("run `bin/synergyc fmt -w samples/%s`", path).isEmpty();
    assertThat(status).isZero();
  }

  private static SourceFile source(Path sample) throws IOException {
    return new SourceFile(SAMPLES.relativize(sample).toString(), Files.readString(sample));
  }

  private static List<List<String>> runCommands(Compilation compilation) {
    return compilation.files().stream()
        .flatMap(file -> file.decls().stream())
        .filter(ProcessDecl.class::isInstance)
        .map(ProcessDecl.class::cast)
        .flatMap(process -> process.attributes().stream())
        .filter(attribute -> attribute.key().text().equals("run"))
        .map(Attribute::value)
        .map(Value.Strings.class::cast)
        .map(run -> run.items().stream().map(StringLit::value).toList())
        .toList();
  }
}
