package io.synergy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times {@code bin/synergyc check} as a whole process: on the site-analytics sample beside a hello-world JVM, and on
 * generated plans of 10,000 and 100,000 processes. Runs interleave, so both sides of a ratio see the same machine
 * load; figures are medians.
 *
 * <p>Usage: {@code benchmarks/check-speed [RUNS]} from the repository root.
 */
public final class CheckSpeed {
  private CheckSpeed() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    String synergyc = root.resolve("bin/synergyc").toString();
    Path work = Files.createTempDirectory("synergy-bench");
    Path small = work.resolve("plan-10000.synergy");
    Path large = work.resolve("plan-100000.synergy");
    PlanGenerator.write(small, 10_000);
    PlanGenerator.write(large, 100_000);

    List<String> hello = List.of(java, "-cp", classpath, Hello.class.getName());
    List<String> sample = List.of(synergyc, "check", "samples/site-analytics.synergy");
    run(root, sample); // warm-up: builds if needed and writes the class-data archive
    List<Long> helloTimes = new ArrayList<>();
    List<Long> sampleTimes = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      helloTimes.add(run(root, hello));
      sampleTimes.add(run(root, sample));
    }
    List<Long> smallTimes = new ArrayList<>();
    List<Long> largeTimes = new ArrayList<>();
    int bigRuns = Math.max(3, runs / 3);
    for (int i = 0; i < bigRuns; i++) {
      smallTimes.add(run(root, List.of(synergyc, "check", small.toString())));
      largeTimes.add(run(root, List.of(synergyc, "check", large.toString())));
    }
    long h = median(helloTimes);
    long s = median(sampleTimes);
    long p10 = median(smallTimes);
    long p100 = median(largeTimes);
    System.out.printf("hello-world JVM                 %6d ms (median of %d)%n", h, runs);
    System.out.printf("check site-analytics sample     %6d ms (median of %d)  %.2fx hello-world (target <= 3x)%n", s, runs, (double) s / h);
    System.out.printf("check 10,000 processes          %6d ms (median of %d)%n", p10, bigRuns);
    System.out.printf("check 100,000 processes         %6d ms (median of %d)  %.2fx the 10,000 plan (target <= 11x)%n", p100, bigRuns, (double) p100 / p10);
    Files.delete(small);
    Files.delete(large);
    Files.delete(work);
  }

  private static long run(Path dir, List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
    }
    return millis;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
