package io.synergy.compiler.cli;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code synergyc explain SYNnnn}: what a diagnostic code means, a failing example and its fix. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explains a diagnostic code: what it means, an example that gives it, and the fix.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CODE", description = "A diagnostic code such as SYN101.")
  String code;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String upper = code.trim().toUpperCase(Locale.ROOT);
    String wanted = upper.matches("[0-9]{3}") ? "SYN" + upper : upper;
    Code known =
        Arrays.stream(Code.values()).filter(c -> c.name().equals(wanted)).findFirst().orElse(null);
    if (known == null) {
      err.println("error: unknown diagnostic code `" + code + "`");
      Suggestions.nearest(wanted, Arrays.stream(Code.values()).map(Code::name).toList())
          .ifPresent(s -> err.println("help: did you mean `" + s + "`?"));
      err.println(
          "note: codes run from SYN001 to SYN406; `synergyc check` prints the code of each diagnostic");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    try (InputStream page =
        ExplainCommand.class.getResourceAsStream(
            "/io/synergy/compiler/diagnostics/" + known.name() + ".md")) {
      if (page == null) {
        throw new IllegalStateException(
            "the page for " + known.name() + " is missing from the build");
      }
      out.print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
    }
    return 0;
  }
}
