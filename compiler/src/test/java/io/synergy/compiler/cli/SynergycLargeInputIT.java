package io.synergy.compiler.cli;

import static io.synergy.compiler.cli.SynergycIT.assertNoStackTrace;
import static io.synergy.compiler.cli.SynergycIT.spans;
import static io.synergy.compiler.cli.SynergycProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.synergy.compiler.cli.SynergycProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code synergyc check} on inputs far larger or stranger than a real plan: it finishes within the
 * timeout, its output stays bounded, and it never crashes (exit 3) or prints a stack trace.
 */
class SynergycLargeInputIT {
  private static final int TEN_MB = 10 * 1024 * 1024;

  /** Generous for at most 100 diagnostics with their source lines; a flood is megabytes. */
  private static final int MAX_OUTPUT = 200 * 1024;

  @TempDir Path dir;

  @Test
  void check_tenMegabytePlan_exitsZeroInTime() throws IOException {
    StringBuilder plan = new StringBuilder(TEN_MB + 200);
    plan.append("settings { timezone \"UTC\" }\n");
    for (int i = 0; plan.length() < TEN_MB; i++) {
      plan.append("process p")
          .append(i)
          .append(" { period daily trigger every 5m run \"bin/job\" \"{period}\" }\n");
    }
    write("big.synergy", plan.toString());

    Result r = run(dir, "check", "big.synergy");

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out() + r.err()).as("%s", r).isEmpty();
  }

  @Test
  void check_tenMegabytesOfGarbage_reportsAHundredAndSaysTheRestWereSuppressed()
      throws IOException {
    write("garbage.synergy", garbage(new Random(20261204), true));

    Result text = run(dir, "check", "garbage.synergy");
    Result json = run(dir, "check", "--format", "json", "garbage.synergy");

    assertThat(text.exit()).as("%s", text).isEqualTo(1);
    assertThat(text.out().length()).as("%s", text).isLessThan(MAX_OUTPUT);
    assertThat(text.out())
        .as("%s", text)
        .containsPattern("\\d+ more diagnostics in `garbage.synergy` were suppressed");
    assertThat(text.out().lines().filter(l -> l.startsWith("error["))).as("%s", text).hasSize(100);
    assertThat(text.err()).as("%s", text).isEmpty();
    assertThat(json.exit()).as("%s", json).isEqualTo(1);
    assertThat(json.out().length()).as("%s", json).isLessThan(MAX_OUTPUT);
    assertThat(json.json().get("diagnostics")).as("%s", json).hasSize(100);
    assertNoStackTrace(text);
    assertNoStackTrace(json);
  }

  /** Minified or binary-looking text: the source line shown under each diagnostic is 10 MB long. */
  @Test
  void check_tenMegabyteLine_keepsTheOutputSmall() throws IOException {
    write("oneline.synergy", garbage(new Random(7), false));

    Result text = run(dir, "check", "oneline.synergy");
    Result json = run(dir, "check", "--format", "json", "oneline.synergy");

    assertThat(text.exit()).as("%s", text).isEqualTo(1);
    assertThat(text.out().length()).as("%s", text).isLessThan(MAX_OUTPUT);
    assertThat(json.exit()).as("%s", json).isEqualTo(1);
    assertThat(json.out().length()).as("%s", json).isLessThan(MAX_OUTPUT);
    assertNoStackTrace(text);
    assertNoStackTrace(json);
  }

  /** One huge token, quoted in the message and underlined in the source line. */
  @ParameterizedTest
  @ValueSource(strings = {"process \"%s\"\n", "process a { run \"%s\n", "process a %s\n", "%s"})
  void check_tenMegabyteToken_keepsTheOutputSmall(String shape) throws IOException {
    write("token.synergy", shape.replace("%s", "x".repeat(TEN_MB)));

    Result text = run(dir, "check", "token.synergy");
    Result json = run(dir, "check", "--format", "json", "token.synergy");

    assertThat(text.exit()).as("%s", text).isEqualTo(1);
    assertThat(text.out().length()).as("%s", text).isLessThan(MAX_OUTPUT);
    assertThat(json.exit()).as("%s", json).isEqualTo(1);
    assertThat(json.out().length()).as("%s", json).isLessThan(MAX_OUTPUT);
    assertNoStackTrace(text);
  }

  /** Nesting deep enough to overflow a recursive parser is one diagnostic, not a crash. */
  @ParameterizedTest
  @ValueSource(strings = {"parentheses", "not", "and"})
  void check_absurdlyDeepCondition_isOneErrorNotACrash(String shape) throws IOException {
    int depth = 300_000;
    String condition =
        switch (shape) {
          case "parentheses" -> "(".repeat(depth) + "live" + ")".repeat(depth);
          case "not" -> "not ".repeat(depth) + "live";
          default -> "live" + " and live".repeat(depth);
        };
    write(
        "deep.synergy",
        "machine m live {\n    embryo -> in_progress post when "
            + condition
            + "\n}\nprocess after { period daily run 1 }\n");

    Result r = run(dir, "check", "--format", "json", "deep.synergy");

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    assertThat(r.err()).as("%s", r).isEmpty();
    JsonNode report = r.json();
    assertThat(spans(report))
        .as("the deep declaration, then the independent error after it: %s", r)
        .hasSize(2)
        .last()
        .isEqualTo("SYN001 error deep.synergy:4:34-4:35");
    JsonNode deep = report.get("diagnostics").get(0);
    assertThat(deep.get("code").asText()).isEqualTo("SYN001");
    assertThat(deep.get("line").asInt()).as("where the nesting passes the limit").isEqualTo(2);
    assertThat(deep.get("message").asText()).contains("nested more than 100 levels deep");
  }

  /** Printable ASCII, in lines of up to 120 characters or as one line. */
  private static String garbage(Random random, boolean lines) {
    StringBuilder text = new StringBuilder(TEN_MB);
    while (text.length() < TEN_MB) {
      if (lines && random.nextInt(60) == 0) {
        text.append('\n');
      } else {
        char c = (char) (' ' + random.nextInt(95));
        text.append(lines || c != '#' ? c : ' '); // one line: no comment hiding the rest
      }
    }
    return text.toString();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
