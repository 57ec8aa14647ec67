package io.synergy.compiler.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code synergyc}: the Synergy compiler's command line. */
@Command(
    name = "synergyc",
    mixinStandardHelpOptions = true,
    versionProvider = SynergycMain.Version.class,
    description = "Checks and compiles Synergy plans (.synergy files).",
    subcommands = {CheckCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class SynergycMain implements Runnable {
  /** Exit status for a bug in the compiler itself. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SynergycMain());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println(internalError(ex));
          if (System.getenv("SYNERGY_BACKTRACE") != null) {
            ex.printStackTrace(err);
          }
          return INTERNAL_ERROR;
        });
    return cli.execute(args);
  }

  static String internalError(Throwable ex) {
    return "error: internal compiler error: "
        + ex
        + "\nnote: this is a bug in synergyc, not in your plan; please report it at "
        + io.synergy.compiler.Version.HOME
        + "/issues with the files that caused it "
        + "(set SYNERGY_BACKTRACE=1 to print the stack trace)";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required (try `synergyc --help`)");
  }

  /** The version recorded in the jar's manifest at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"synergyc " + io.synergy.compiler.Version.get()};
    }
  }
}
