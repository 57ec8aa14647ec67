package io.synergy.compiler.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code synergyc}: the Synergy compiler's command line. */
@Command(
    name = "synergyc",
    mixinStandardHelpOptions = true,
    versionProvider = SynergycMain.Version.class,
    description = "Checks and compiles Synergy plans (.synergy files).",
    subcommands = {
      CheckCommand.class,
      PlanCommand.class,
      GraphCommand.class,
      FmtCommand.class,
      ExplainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SynergycMain implements Runnable {
  /** Exit status for a bug in the compiler itself. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Writes UTF-8 whatever the locale: on Java 17 the default charset follows the locale, and under
   * {@code LANG=C} (cron, bare CI) every non-ASCII character of a message or source line would come
   * out as {@code ?}.
   */
  public static void main(String[] args) {
    // The compiler's one-off start-up work overlaps with parsing the command line on a second core.
    Thread warmUp = new Thread(SynergycMain::warmUp, "synergyc-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  private static void warmUp() {
    try {
      io.synergy.compiler.Compiler.warmUp();
    } catch (RuntimeException e) {
      // The compile that follows meets the same problem and reports it; warming up is only an
      // optimisation.
    }
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Runs the command line with the given output streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SynergycMain());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, arguments) -> usageError(ex));
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> reportInternalError(ex, err));
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError ex) {
      // picocli hands only exceptions to the handler above; errors would escape as a stack trace.
      return reportInternalError(ex, err);
    }
  }

  private static int reportInternalError(Throwable ex, PrintWriter err) {
    err.println(internalError(ex));
    if (System.getenv("SYNERGY_BACKTRACE") != null) {
      ex.printStackTrace(err);
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  /**
   * A usage error is one line on stderr: what is wrong and where to find help, not the whole usage
   * text.
   */
  private static int usageError(CommandLine.ParameterException ex) {
    CommandLine command = ex.getCommandLine();
    String message = String.valueOf(ex.getMessage()).strip().replace('\n', ' ');
    if (message.isEmpty()) {
      message = "invalid command line";
    }
    StringBuilder line =
        new StringBuilder("error: ")
            .append(Character.toLowerCase(message.charAt(0)))
            .append(message.substring(1));
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      line.append("; did you mean `").append(unmatched.getSuggestions().get(0)).append("`?");
    }
    line.append(" (try `").append(command.getCommandSpec().qualifiedName()).append(" --help`)");
    PrintWriter err = command.getErr();
    err.println(line);
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
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
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The version recorded in the jar's manifest at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"synergyc " + io.synergy.compiler.Version.get()};
    }
  }
}
