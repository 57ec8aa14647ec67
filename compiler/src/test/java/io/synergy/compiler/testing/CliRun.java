package io.synergy.compiler.testing;

import io.synergy.compiler.cli.SynergycMain;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One `synergyc` command line run in this JVM: its exit status and what it wrote to stdout and
 * stderr.
 */
public record CliRun(int status, String out, String err) {

  /** Runs the command line with {@link SynergycMain#run}, capturing both streams. */
  public static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SynergycMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(status, out.toString(), err.toString());
  }
}
