package io.synergy.compiler.render;

import io.synergy.plan.ExitMapping;
import io.synergy.plan.Plan;
import io.synergy.plan.Process;
import io.synergy.plan.RunTemplate;
import io.synergy.plan.Settings;
import io.synergy.plan.Tree;
import io.synergy.plan.Trigger;
import io.synergy.plan.machine.Machine;
import io.synergy.plan.machine.Transition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code synergyc plan}: the resolved plan as JSON (COMMANDS.md), keys in a fixed order, durations
 * in ISO-8601, absent values as {@code null}, one line, byte-for-byte stable. Its SHA-256 is the
 * plan's hash.
 */
public final class PlanJsonRenderer {
  private PlanJsonRenderer() {}

  public static String render(Plan plan) {
    return "{\"version\":1,\"settings\":"
        + settings(plan.settings())
        + ",\"processes\":"
        + array(plan.processes(), PlanJsonRenderer::process)
        + ",\"trees\":"
        + array(plan.trees(), PlanJsonRenderer::tree)
        + ",\"machines\":"
        + array(plan.machines(), PlanJsonRenderer::machine)
        + "}\n";
  }

  /**
   * The plan's hash: the hex SHA-256 of its JSON, which holds no origins; identifies a plan across
   * boxes.
   */
  public static String hash(Plan plan) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(render(plan).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String settings(Settings s) {
    Settings.Gc gc = s.gc();
    return "{\"timezone\":"
        + Json.quote(s.timezone().getId())
        + ",\"start\":"
        + s.start().map(PlanJsonRenderer::start).map(Json::quote).orElse("null")
        + ",\"discrete_lag\":"
        + duration(s.discreteLag())
        + ",\"max_failures\":"
        + s.maxFailures()
        + ",\"gc\":{\"every\":"
        + duration(gc.every())
        + ",\"resubmit_after\":"
        + duration(gc.resubmitAfter())
        + ",\"release_lag\":"
        + duration(gc.releaseLag())
        + ",\"life_support\":"
        + duration(gc.lifeSupport())
        + "}}";
  }

  private static String start(Settings.Start start) {
    if (start instanceof Settings.Start.OnDate d) {
      return d.date().toString();
    }
    Duration before = ((Settings.Start.Before) start).duration();
    return before.toSeconds() % 86_400 == 0 ? "-P" + before.toDays() + "D" : "-" + before;
  }

  private static String process(Process p) {
    return "{\"name\":"
        + Json.quote(p.name())
        + ",\"kind\":"
        + Json.quote(p.isManaged() ? "managed" : "freerun")
        + ",\"period\":"
        + optional(p.period().map(k -> k.word()))
        + ",\"machine\":"
        + optional(p.machine())
        + ",\"blocking\":"
        + optional(p.blocking().map(b -> b.name().toLowerCase(Locale.ROOT)))
        + ",\"trigger\":"
        + trigger(p.trigger())
        + ",\"run\":"
        + Json.strings(p.run().templates())
        + ",\"queue\":"
        + Json.quote(p.queue())
        + ",\"boxes\":"
        + Json.strings(p.boxes())
        + ",\"group\":"
        + p.group()
        + ",\"retries\":"
        + p.retries()
        + ",\"backoff\":"
        + duration(p.backoff())
        + ",\"timeout\":"
        + p.timeout().map(PlanJsonRenderer::duration).orElse("null")
        + ",\"exit\":"
        + exit(p.exit())
        + ",\"source\":"
        + optional(p.source())
        + ",\"sink\":"
        + optional(p.sink())
        + ",\"args\":"
        + args(p.args())
        + ",\"tree\":"
        + optional(p.tree())
        + ",\"enabled\":"
        + p.enabled()
        + "}";
  }

  private static String trigger(Trigger t) {
    String zone = ",\"zone\":" + Json.quote(t.zone().getId()) + "}";
    if (t instanceof Trigger.Every e) {
      return "{\"kind\":\"every\",\"every\":" + duration(e.every()) + zone;
    }
    if (t instanceof Trigger.Cron c) {
      return "{\"kind\":\"cron\",\"cron\":" + Json.quote(c.expression()) + zone;
    }
    return "{\"kind\":\"at\",\"at\":"
        + array(((Trigger.At) t).times(), PlanJsonRenderer::atTime)
        + zone;
  }

  private static String atTime(Trigger.AtTime at) {
    List<String> days =
        at.days().stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
    return "{\"days\":" + Json.strings(days) + ",\"time\":" + Json.quote(time(at.time())) + "}";
  }

  private static String time(LocalTime t) {
    return t.getSecond() == 0
        ? String.format("%02d:%02d", t.getHour(), t.getMinute())
        : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
  }

  private static String exit(ExitMapping e) {
    return "{\"noop\":" + ints(e.noop()) + ",\"canceled\":" + ints(e.canceled()) + "}";
  }

  private static String args(Map<String, RunTemplate.Arg> args) {
    return args.entrySet().stream()
        .map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue().template()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String tree(Tree t) {
    return "{\"name\":"
        + Json.quote(t.name())
        + ",\"processes\":"
        + Json.strings(t.processes())
        + ",\"depends_on\":"
        + Json.strings(t.dependsOn())
        + "}";
  }

  private static String machine(Machine m) {
    return "{\"name\":"
        + Json.quote(m.name())
        + ",\"live\":"
        + m.live()
        + ",\"transitions\":"
        + array(m.transitions(), PlanJsonRenderer::transition)
        + "}";
  }

  private static String transition(Transition t) {
    return "{\"from\":"
        + Json.quote(t.from().word())
        + ",\"to\":"
        + Json.quote(t.to().word())
        + ",\"action\":"
        + optional(t.action().map(a -> a.word()))
        + ",\"when\":"
        + optional(t.when().map(c -> c.text()))
        + "}";
  }

  private static String duration(Duration d) {
    return Json.quote(d.toString());
  }

  private static String ints(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }

  private static String optional(Optional<String> value) {
    return value.map(Json::quote).orElse("null");
  }

  private static <T> String array(List<T> items, Function<T, String> render) {
    return items.stream().map(render).collect(Collectors.joining(",", "[", "]"));
  }
}
