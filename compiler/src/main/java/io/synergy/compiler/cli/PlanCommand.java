package io.synergy.compiler.cli;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.render.PlanJsonRenderer;
import io.synergy.plan.Plan;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synergyc plan}: the resolved plan as JSON, or the diagnostics and exit 1 when it has
 * errors.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Prints the resolved plan as JSON (every default filled in); warnings go to stderr; with errors,"
            + " prints them and exits 1.")
final class PlanCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The .synergy files; together they form one plan.")
  List<String> files;

  @Option(names = "--hash", description = "Print only the plan's hash (SHA-256 of its JSON).")
  boolean hash;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CompiledFiles compiled = CompiledFiles.compile(files, spec.commandLine().getErr());
    if (compiled == null) {
      return CommandLine.ExitCode.USAGE;
    }
    Compiler.Compilation compilation = compiled.compilation();
    if (!compilation.diagnostics().diagnostics().isEmpty()) {
      // Errors (and then no plan), or warnings beside the plan: either way they go to stderr, never
      // into the JSON.
      compiled.printDiagnostics(spec.commandLine().getErr(), false);
    }
    if (compilation.plan().isEmpty()) {
      return 1;
    }
    Plan plan = compilation.plan().get();
    out.print(hash ? PlanJsonRenderer.hash(plan) + "\n" : PlanJsonRenderer.render(plan));
    out.flush();
    return 0;
  }
}
