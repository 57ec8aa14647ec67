package io.synergy.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a valid plan of N processes: trees of four processes (yearly to hourly), each tree depending on the one
 * before it, so the checker resolves N names, N/4 trees and a dependency chain of N/4 trees.
 */
public final class PlanGenerator {
  private static final String[] PERIODS = {"yearly", "monthly", "daily", "hourly"};

  private PlanGenerator() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]));
  }

  /** Writes the plan; {@code processes} is rounded down to a multiple of four. */
  public static void write(Path file, int processes) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("settings { timezone \"Europe/Berlin\" start -2d }\n");
      for (int t = 0; t < processes / 4; t++) {
        StringBuilder members = new StringBuilder();
        for (String period : PERIODS) {
          String name = "p" + t + "_" + period;
          out.write(
              "process "
                  + name
                  + " { period "
                  + period
                  + " trigger every 5m run \"bin/job\" \"{period}\" \"--tree\" \"t"
                  + t
                  + "\" }\n");
          members.append(members.length() == 0 ? "" : ", ").append(name);
        }
        out.write("tree t" + t + " { " + members + (t > 0 ? " depends_on t" + (t - 1) : "") + " }\n");
      }
    }
  }
}
