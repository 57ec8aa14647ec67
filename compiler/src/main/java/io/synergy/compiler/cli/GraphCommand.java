package io.synergy.compiler.cli;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.render.DotRenderer;
import io.synergy.compiler.render.GraphImageRenderer;
import io.synergy.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synergyc graph}: the plan's trees, dependencies and freeruns as a Graphviz picture. DOT
 * needs nothing installed; SVG and PNG are drawn by Graphviz's {@code dot}. The Graphviz classes
 * are loaded only here, so that the other commands start as fast as before.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draws the plan: a cluster per tree, tree and depends_on edges, freeruns and a legend.",
      "Prints DOT by default; SVG and PNG need Graphviz's `dot` (Debian: apt-get install graphviz)."
    })
final class GraphCommand implements Callable<Integer> {
  /** The output formats of {@code graph}. */
  enum Format {
    dot,
    svg,
    png
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The .synergy files; together they form one plan.")
  List<String> files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to OUT (.dot, .svg or .png); without it, or with `-`, to stdout.")
  String output;

  @Option(
      names = "--format",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: from the extension of OUT, else dot).")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Format chosen = chooseFormat();
    Optional<Path> target = target();
    if (chosen == Format.png && target.isEmpty()) {
      throw usage("a PNG picture is binary: name a file for it with -o OUT.png");
    }
    if (chosen != Format.dot && GraphImageRenderer.findDot(searchPath()).isEmpty()) {
      err.println(
          "error: drawing "
              + chosen.name().toUpperCase(Locale.ROOT)
              + " needs Graphviz's `dot`, which is not on PATH; install it (Debian: `apt-get install"
              + " graphviz`) or write DOT (no -o, or -o OUT.dot)");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    CompiledFiles compiled = CompiledFiles.compile(files, err);
    if (compiled == null) {
      return CommandLine.ExitCode.USAGE;
    }
    Compiler.Compilation compilation = compiled.compilation();
    if (compilation.plan().isEmpty()) {
      compiled.printDiagnostics(err, false);
      return 1;
    }
    return write(render(compilation.plan().get(), chosen), target);
  }

  private byte[] render(Plan plan, Format chosen) {
    String title = title();
    return switch (chosen) {
      case dot -> DotRenderer.render(plan, title).getBytes(StandardCharsets.UTF_8);
      case svg -> GraphImageRenderer.render(plan, title, GraphImageRenderer.ImageFormat.SVG);
      case png -> GraphImageRenderer.render(plan, title, GraphImageRenderer.ImageFormat.PNG);
    };
  }

  private int write(byte[] picture, Optional<Path> target) {
    if (target.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(picture, StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
    try {
      Files.write(target.get(), picture);
      return 0;
    } catch (IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: cannot write `" + output + "`: " + reason(e));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
  }

  /** {@code --format} when given, else the extension of {@code -o}, else DOT. */
  private Format chooseFormat() {
    if (format != null) {
      return format;
    }
    if (output == null || output.equals("-")) {
      return Format.dot;
    }
    String name = output.toLowerCase(Locale.ROOT);
    for (Format f : Format.values()) {
      if (name.endsWith("." + f.name())) {
        return f;
      }
    }
    throw usage(
        "cannot tell the format of `"
            + output
            + "`: name it .dot, .svg or .png, or give --format dot|svg|png");
  }

  private Optional<Path> target() {
    if (output == null || output.equals("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(output));
    } catch (InvalidPathException e) {
      throw usage("`" + output + "` is not a valid path");
    }
  }

  /** What heads the picture: the files' names. */
  private String title() {
    return files.stream()
        .map(f -> Optional.ofNullable(Path.of(f).getFileName()).map(Path::toString).orElse(f))
        .reduce((a, b) -> a + " + " + b)
        .orElse("");
  }

  private static String searchPath() {
    return Optional.ofNullable(System.getenv("PATH")).orElse("");
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
