package io.synergy.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bin/synergyc} as a real process, the way a user or CI does, and collects its exit
 * status and output. Every wait has a timeout; a run that hangs is killed and fails the test.
 */
final class SynergycProcess {
  /** How long one run may take. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * The first run may have to build the jar (when the tests run outside {@code mvn verify}) and
   * makes the class-data archive; it gets longer.
   */
  private static final Duration FIRST_RUN_TIMEOUT = Duration.ofMinutes(10);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static boolean warm;

  /** What one run did. */
  record Result(List<String> command, int exit, String out, String err, Duration took) {
    /** The output as one JSON document; fails the test when it is not exactly one object. */
    JsonNode json() {
      try {
        JsonNode root = JSON.readTree(out);
        assertThat(root).as("stdout of %s", this).isNotNull();
        assertThat(root.isObject()).as("stdout of %s is a JSON object", this).isTrue();
        return root;
      } catch (IOException e) {
        throw new AssertionError("stdout is not one JSON document: " + this, e);
      }
    }

    /** Everything a failing assertion needs to show, with long output cut short. */
    @Override
    public String toString() {
      return String.join(" ", command)
          + "\n  exit "
          + exit
          + " after "
          + took.toMillis()
          + " ms\n  --- stdout ---\n"
          + excerpt(out)
          + "\n  --- stderr ---\n"
          + excerpt(err);
    }

    private static String excerpt(String text) {
      return text.length() <= 4000
          ? text
          : text.substring(0, 4000) + "\n[... " + (text.length() - 4000) + " more characters]";
    }
  }

  private SynergycProcess() {}

  /** The clone this module belongs to: the nearest folder upwards that holds bin/synergyc. */
  static Path repoRoot() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("bin/synergyc"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no bin/synergyc in " + module + " or any folder above it");
  }

  /** Runs {@code synergyc ARGS} in {@code dir}, so relative paths in ARGS are relative to it. */
  static Result run(Path dir, String... args) {
    return run(dir, Map.of(), args);
  }

  /** The same, with extra environment variables. */
  static Result run(Path dir, Map<String, String> env, String... args) {
    warmUp(dir);
    return start(dir, env, TIMEOUT, args);
  }

  /**
   * One run with a long timeout before the timed ones, so that a build or the class-data archive
   * the launcher may make on first use never counts against a test's timeout.
   */
  private static synchronized void warmUp(Path dir) {
    if (!warm) {
      Result version = start(dir, Map.of(), FIRST_RUN_TIMEOUT, "--version");
      assertThat(version.exit()).as("first run: %s", version).isZero();
      warm = true;
    }
  }

  private static Result start(Path dir, Map<String, String> env, Duration timeout, String... args) {
    List<String> command = new ArrayList<>();
    command.add(repoRoot().resolve("bin/synergyc").toString());
    command.addAll(List.of(args));
    return exec(command, dir, env, timeout);
  }

  /**
   * Runs any command in {@code dir} with no input, {@code env} over this JVM's environment, and
   * kills it (and its children) when it takes longer than {@code timeout}.
   */
  static Result exec(List<String> command, Path dir, Map<String, String> env, Duration timeout) {
    try {
      Path out = Files.createTempFile(dir, "synergyc-", ".stdout");
      Path err = Files.createTempFile(dir, "synergyc-", ".stderr");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().remove("SYNERGY_BACKTRACE");
      builder.environment().remove("NO_COLOR");
      builder.environment().putAll(env);
      long started = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(
            "%s did not finish within %d s; it was killed. stderr so far:%n%s",
            String.join(" ", command), timeout.toSeconds(), read(err));
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      Result result = new Result(command, process.exitValue(), read(out), read(err), took);
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + command, e);
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
