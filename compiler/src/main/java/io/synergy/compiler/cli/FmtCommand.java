package io.synergy.compiler.cli;

import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.fmt.Formatted;
import io.synergy.compiler.fmt.Formatter;
import io.synergy.compiler.render.TextDiagnosticsRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synergyc fmt}: prints files in the canonical layout, checks that they are in it, or
 * rewrites them. Each file is formatted on its own; a file with syntax errors is never formatted.
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description =
        "Prints the files in the canonical layout; --check lists those not in it, -w rewrites them.")
final class FmtCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .synergy files to format.")
  List<String> files;

  @Option(
      names = "--check",
      description = "Print nothing; exit 1 and name each file that is not formatted.")
  boolean check;

  @Option(
      names = {"-w", "--write"},
      description = "Rewrite the files that are not formatted, in place.")
  boolean write;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (check && write) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--check and -w cannot be used together");
    }
    PrintWriter err = spec.commandLine().getErr();
    SourceReader.Result read = SourceReader.read(files);
    if (!read.problems().isEmpty()) {
      read.problems().forEach(err::println);
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    int status = 0;
    for (SourceFile source : read.sources()) {
      status = Math.max(status, format(source));
    }
    spec.commandLine().getOut().flush();
    err.flush();
    return status;
  }

  /** Formats one file as the flags ask; returns its exit status. */
  private int format(SourceFile source) {
    Formatted formatted = Formatter.format(source);
    PrintWriter err = spec.commandLine().getErr();
    if (formatted.text().isEmpty()) {
      err.print(
          new TextDiagnosticsRenderer(Map.of(source.path(), source), false)
              .render(formatted.errors()));
      return 1;
    }
    byte[] text = formatted.text().get().getBytes(StandardCharsets.UTF_8);
    if (!check && !write) {
      spec.commandLine().getOut().print(formatted.text().get());
      return 0;
    }
    Path path = Path.of(source.path());
    try {
      if (FileRewriter.holds(path, text)) {
        return 0;
      }
      if (check) {
        err.println(source.path() + " is not formatted");
        return 1;
      }
      FileRewriter.replace(path, text);
      return 0;
    } catch (IOException e) {
      err.println(
          "error: cannot "
              + (check ? "read `" : "rewrite `")
              + source.path()
              + "`: "
              + FileRewriter.reason(e));
      return CommandLine.ExitCode.USAGE;
    }
  }
}
