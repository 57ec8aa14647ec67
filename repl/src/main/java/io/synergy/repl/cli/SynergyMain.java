package io.synergy.repl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code synergy}: the runtime's command line. The runtime commands ({@code run}, {@code
 * scheduler}, {@code worker}, {@code store}, {@code simulate}, {@code repl}) are not built yet;
 * until they are, every command says so and exits 2.
 */
@Command(
    name = "synergy",
    mixinStandardHelpOptions = true,
    description =
        "Runs Synergy plans. The runtime is not built yet: use `synergyc check` to check a plan.")
public final class SynergyMain implements Runnable {
  @CommandLine.Parameters(arity = "0..*", paramLabel = "COMMAND")
  java.util.List<String> words;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SynergyMain()).execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "the Synergy runtime is not built yet; `synergyc check FILE...` checks a plan today");
  }
}
