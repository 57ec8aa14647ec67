package io.synergy.compiler.check;

import io.synergy.compiler.ast.Action;
import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Trigger;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Span;
import io.synergy.compiler.diag.Suggestions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The values of a process's attributes: triggers, groups, placeholders, regexes, exits, machines,
 * queues.
 */
final class ValueChecker {
  private static final Map<String, Integer> GROUP_MAX =
      Map.of("hourly", 23, "daily", 28, "monthly", 12, "yearly", 1);

  private final Symbols symbols;
  private final Diagnostics diagnostics;
  private final PlaceholderChecker placeholders;

  /** Queue name to the first process that uses it, for SYN210. */
  private final Map<String, QueueUser> queues = new HashMap<>();

  /** The first process on a queue, and the boxes it runs on. */
  private record QueueUser(ProcessDecl process, Set<String> boxes) {}

  ValueChecker(Symbols symbols, Diagnostics diagnostics) {
    this.placeholders = new PlaceholderChecker(diagnostics);
    this.symbols = symbols;
    this.diagnostics = diagnostics;
  }

  void settings(Map<String, Attribute> attributes) {
    if (attributes.get("timezone") != null
        && attributes.get("timezone").value() instanceof Value.Strings zone) {
      Zones.check(zone.items().get(0), diagnostics);
    }
  }

  void process(ProcessDecl p, Map<String, Attribute> attributes) {
    value(attributes, "trigger", Value.TriggerValue.class).ifPresent(t -> trigger(t.trigger()));
    value(attributes, "group", Value.Int.class).ifPresent(g -> group(g, attributes));
    placeholders.check(p, attributes);
    value(attributes, "boxes", Value.Strings.class).ifPresent(b -> b.items().forEach(this::regex));
    value(attributes, "exit", Value.Exit.class).ifPresent(this::exit);
    value(attributes, "machine", Value.Word.class).ifPresent(m -> machine(m, attributes));
    value(attributes, "queue", Value.Strings.class)
        .ifPresent(q -> queue(p, q.items().get(0), attributes));
  }

  private void trigger(Trigger trigger) {
    trigger.zone().ifPresent(z -> Zones.check(z, diagnostics));
    if (trigger instanceof Trigger.Every every
        && every.every().value().compareTo(Duration.ofSeconds(1)) < 0) {
      diagnostics.report(
          Diagnostic.of(
                  Code.SYN200, every.every().span(), "`every` needs an interval of at least 1s")
              .label("zero interval"));
    } else if (trigger instanceof Trigger.At at && at.times().isEmpty()) {
      diagnostics.report(
          Diagnostic.of(Code.SYN200, keyword(at), "`at` needs at least one time of day")
              .label("no times given")
              .help("for example `at Mon-Fri 06:00, Sat 08:30`"));
    } else if (trigger instanceof Trigger.Cron cron) {
      Crons.check(cron.expression(), diagnostics);
    }
  }

  /** The {@code at} keyword that starts the trigger. */
  private static Span keyword(Trigger.At at) {
    Span s = at.span();
    return new Span(s.file(), s.line(), s.column(), s.line(), s.column() + "at".length());
  }

  /** Whether {@code group n} fits the period kind (SYN203); any n from 1 when it is unknown. */
  static boolean groupInRange(int n, String period) {
    Integer max = period == null ? null : GROUP_MAX.get(period);
    return n >= 1 && (max == null || n <= max);
  }

  private void group(Value.Int group, Map<String, Attribute> attributes) {
    String period =
        value(attributes, "period", Value.Word.class).map(Value.Word::word).orElse(null);
    Integer max = period == null ? null : GROUP_MAX.get(period);
    int n = group.value().value();
    if (!groupInRange(n, period)) {
      String range = max == null ? "at least 1" : max == 1 ? "1" : "1 to " + max;
      diagnostics.report(
          Diagnostic.of(
                  Code.SYN203,
                  group.span(),
                  "`group "
                      + n
                      + "` is out of range"
                      + (period == null
                          ? ""
                          : " for "
                              + (period.equals("hourly") ? "an " : "a ")
                              + period
                              + " process"))
              .label("expected " + range)
              .note("`group N` merges N periods into one job within the next coarser period"));
    }
  }

  private void regex(StringLit box) {
    try {
      Pattern.compile(box.value(), Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      diagnostics.report(
          Diagnostic.of(Code.SYN206, box.span(), "invalid regex `" + box.value() + "` in `boxes`")
              .label(regexProblem(box.value(), e))
              .note(
                  "a box may run the process when one regex matches its whole id, ignoring case"));
    }
  }

  private static String regexProblem(String regex, PatternSyntaxException e) {
    int backslashes = 0;
    for (int i = regex.length() - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      // Java calls this an "unexpected internal error"
      return "a `\\` at the end escapes nothing";
    }
    return e.getDescription().toLowerCase(Locale.ROOT)
        + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "");
  }

  private void exit(Value.Exit exit) {
    Map<Integer, Value.ExitEntry> meanings = new HashMap<>();
    for (Value.ExitEntry e : exit.entries()) {
      int status = e.status().value();
      if (status < 1 || status > 255) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN207, e.status().span(), "exit status " + status + " is out of range")
                .label("expected 1 to 255")
                .note(
                    "0 always means `processed`; statuses above 255 cannot be returned by a process"));
        continue;
      }
      Value.ExitEntry first = meanings.putIfAbsent(status, e);
      if (first != null && !first.meaning().equals(e.meaning())) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN207,
                    e.status().span(),
                    "exit status "
                        + status
                        + " means both `"
                        + first.meaning()
                        + "` and `"
                        + e.meaning()
                        + "`")
                .label("given a second meaning here")
                .secondary(first.span(), "first meaning"));
      }
    }
  }

  private void machine(Value.Word machine, Map<String, Attribute> attributes) {
    String name = machine.word();
    if (!symbols.machineKnown(name)) {
      Diagnostic.Builder d =
          Diagnostic.of(Code.SYN103, machine.span(), "unknown machine `" + name + "`")
              .label("not a built-in or declared machine");
      Suggestions.nearest(name, symbols.machineNames())
          .ifPresent(s -> d.help("did you mean `" + s + "`?"));
      diagnostics.report(d);
      return;
    }
    if (!attributes.containsKey("source") && needsSource(name)) {
      diagnostics.report(
          Diagnostic.of(Code.SYN208, machine.span(), "machine `" + name + "` needs a `source`")
              .label("posts ranges of source documents")
              .help(
                  "add `source \"COLLECTION\"`: the collection whose `_id` range a unit of work covers"));
    }
  }

  private boolean needsSource(String machine) {
    if (machine.equals("recomputing")) {
      return true;
    }
    MachineDecl m = symbols.machines.get(machine);
    return m != null
        && m.transitions().stream()
            .anyMatch(
                t ->
                    t.action()
                        .map(
                            a ->
                                a.kind() == Action.Kind.POST_RANGE
                                    || a.kind() == Action.Kind.EXTEND)
                        .orElse(false));
  }

  private void queue(ProcessDecl p, StringLit queue, Map<String, Attribute> attributes) {
    String name = queue.value();
    if (name.startsWith("synergy.")) {
      diagnostics.report(
          Diagnostic.of(Code.SYN210, queue.span(), "queue name `" + name + "` is reserved")
              .label("names starting `synergy.` are Synergy's own")
              .help("choose a name without the `synergy.` prefix, or leave `queue` out"));
      return;
    }
    if (symbols.processes.get(p.name().text()) != p) {
      return; // a duplicate declaration (SYN100) shares nothing with the first one
    }
    QueueUser user = new QueueUser(p, boxes(attributes));
    QueueUser firstUser = queues.putIfAbsent(name, user);
    ProcessDecl first = firstUser == null ? null : firstUser.process();
    if (first != null && !firstUser.boxes().equals(user.boxes())) {
      diagnostics.report(
          Diagnostic.of(
                  Code.SYN210,
                  queue.span(),
                  "queue `"
                      + name
                      + "` is shared with `"
                      + first.name().text()
                      + "`, whose `boxes` differ")
              .label("shared here")
              .secondary(first.name().span(), "`" + first.name().text() + "` uses the queue too")
              .note(
                  "a worker takes every message of a queue it consumes, so processes on one queue must run on the same boxes"));
    }
  }

  private static Set<String> boxes(Map<String, Attribute> attributes) {
    return value(attributes, "boxes", Value.Strings.class)
        .map(b -> b.items().stream().map(StringLit::value).collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  /**
   * The attribute's value when present and of the expected shape (a malformed value is never
   * checked again).
   */
  static <T extends Value> Optional<T> value(
      Map<String, Attribute> attributes, String name, Class<T> type) {
    Attribute a = attributes.get(name);
    return a != null && type.isInstance(a.value())
        ? Optional.of(type.cast(a.value()))
        : Optional.empty();
  }
}
