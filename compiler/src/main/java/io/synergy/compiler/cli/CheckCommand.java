package io.synergy.compiler.cli;

import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.render.JsonDiagnosticsRenderer;
import io.synergy.compiler.render.SarifRenderer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synergyc check}: report every problem in a plan, for people and for CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Reports every problem in the plan formed by the files; prints nothing when there is none.")
final class CheckCommand implements Callable<Integer> {
  /** The output formats of {@code check}. */
  enum Format {
    text,
    json,
    sarif
  }

  /** When to colour the text output. */
  enum Color {
    auto,
    always,
    never
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The .synergy files; together they form one plan.")
  List<String> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--werror", description = "Treat warnings as errors.")
  boolean werror;

  @Option(
      names = "--color",
      defaultValue = "auto",
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Color color;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CompiledFiles compiled = CompiledFiles.compile(files, err);
    if (compiled == null) {
      return CommandLine.ExitCode.USAGE;
    }
    SortedDiagnostics diagnostics = compiled.compilation().diagnostics();
    if (werror) {
      diagnostics = diagnostics.warningsAsErrors();
    }
    if (format == Format.json) {
      out.print(JsonDiagnosticsRenderer.render(diagnostics));
    } else if (format == Format.sarif) {
      out.print(SarifRenderer.render(diagnostics));
    } else {
      compiled.printDiagnostics(out, diagnostics, useColor());
    }
    out.flush();
    return diagnostics.errors() > 0 ? 1 : 0;
  }

  private boolean useColor() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto ->
          System.console() != null
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
