package io.synergy.compiler.render;

import static io.synergy.compiler.render.GraphStyle.html;
import static io.synergy.compiler.render.GraphStyle.small;

import io.synergy.plan.Process;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labels of process nodes, as Graphviz HTML-like labels: the name in bold, then period and
 * machine, the trigger, and markers for a blocking rule other than {@code normal} and for a process
 * whose trigger is disabled.
 */
final class GraphLabels {
  private GraphLabels() {}

  /** {@code site_daily / daily · recomputing / every 15m / blocking children}. */
  static String managed(Process process, ZoneId planZone) {
    List<String> lines = new ArrayList<>();
    lines.add(name(process));
    String period = process.period().orElseThrow().word();
    if (process.group() > 1) {
      period += " · group " + process.group();
    }
    lines.add(small(html(period + " · " + process.machine().orElseThrow()), GraphStyle.INK));
    lines.add(trigger(process, planZone));
    Process.Blocking blocking = process.blocking().orElseThrow();
    if (blocking != Process.Blocking.NORMAL) {
      lines.add(
          small(
              "<b>blocking " + blocking.name().toLowerCase(Locale.ROOT) + "</b>",
              GraphStyle.BLOCKING));
    }
    addDisabled(process, lines);
    return GraphStyle.lines(lines);
  }

  /** {@code nightly_backup / cron 0 30 2 * * ?}. */
  static String freerun(Process process, ZoneId planZone) {
    List<String> lines = new ArrayList<>(List.of(name(process), trigger(process, planZone)));
    addDisabled(process, lines);
    return GraphStyle.lines(lines);
  }

  private static String name(Process process) {
    return "<b>" + html(process.name()) + "</b>";
  }

  private static String trigger(Process process, ZoneId planZone) {
    return small(html(TriggerText.of(process.trigger(), planZone)), GraphStyle.MUTED);
  }

  private static void addDisabled(Process process, List<String> lines) {
    if (!process.enabled()) {
      lines.add(small("<i>disabled</i>", GraphStyle.MUTED));
    }
  }
}
