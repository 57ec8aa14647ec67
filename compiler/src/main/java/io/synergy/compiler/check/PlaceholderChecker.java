package io.synergy.compiler.check;

import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The placeholders of a process's `run` and `args` (SYN204, SYN205), each on its span in source
 * columns, and arguments given twice in `args` (SYN104).
 */
final class PlaceholderChecker {
  private static final Set<String> PLACEHOLDERS =
      Set.of("process", "period", "start", "end", "start_id", "end_id", "uow", "attempt");
  private static final Set<String> PERIOD_PLACEHOLDERS = Set.of("period", "start", "end");
  private final Diagnostics diagnostics;

  PlaceholderChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(ProcessDecl p, Map<String, Attribute> attributes) {
    Map<String, Value.ArgEntry> args = args(attributes);
    ValueChecker.value(attributes, "run", Value.Strings.class)
        .ifPresent(run -> run.items().forEach(s -> placeholders(p, s, attributes, args, false)));
    args.values().forEach(a -> placeholders(p, a.value(), attributes, args, true));
  }

  private Map<String, Value.ArgEntry> args(Map<String, Attribute> attributes) {
    Map<String, Value.ArgEntry> args = new LinkedHashMap<>();
    ValueChecker.value(attributes, "args", Value.Args.class)
        .ifPresent(
            a ->
                a.entries()
                    .forEach(
                        e -> {
                          Value.ArgEntry first = args.putIfAbsent(e.name().text(), e);
                          if (first != null) {
                            diagnostics.report(
                                Diagnostic.of(
                                        Code.SYN104,
                                        e.name().span(),
                                        "argument `" + e.name().text() + "` given twice")
                                    .label("given again here")
                                    .secondary(first.name().span(), "first given here"));
                          }
                        }));
    return args;
  }

  private void placeholders(
      ProcessDecl p,
      StringLit string,
      Map<String, Attribute> attributes,
      Map<String, Value.ArgEntry> args,
      boolean inArgs) {
    for (Placeholders.Found f : Placeholders.scan(string)) {
      String name = f.name();
      if (name == null) {
        diagnostics.report(
            Diagnostic.of(Code.SYN204, f.span(), "unmatched brace in `" + string.raw() + "`")
                .label("opens or closes no placeholder")
                .help("write a literal brace as `{{` or `}}`"));
      } else if (p.kind() == ProcessKind.FREERUN && PERIOD_PLACEHOLDERS.contains(name)) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN205,
                    f.span(),
                    "placeholder `{" + name + "}` in freerun `" + p.name().text() + "`")
                .label("a freerun has no period")
                .help("use `{uow}` or `{attempt}`, or declare a `process` with a period"));
      } else {
        unknownPlaceholder(name, p.kind(), attributes, args, inArgs)
            .ifPresent(
                why -> {
                  Diagnostic.Builder d =
                      Diagnostic.of(Code.SYN204, f.span(), "unknown placeholder `{" + name + "}`")
                          .label(why);
                  // an argument cannot refer to another, so none is suggested inside `args`
                  suggestPlaceholder(name, p.kind(), attributes, inArgs ? Map.of() : args)
                      .ifPresent(s -> d.help("did you mean `{" + s + "}`?"));
                  diagnostics.report(d);
                });
      }
    }
  }

  /** Why a placeholder name cannot be filled, or empty when it can. */
  private static Optional<String> unknownPlaceholder(
      String name,
      ProcessKind kind,
      Map<String, Attribute> attributes,
      Map<String, Value.ArgEntry> args,
      boolean inArgs) {
    if (PLACEHOLDERS.contains(name)) {
      return Optional.empty();
    }
    if (name.equals("source") || name.equals("sink")) {
      if (kind == ProcessKind.FREERUN) {
        return Optional.of("a freerun has no `" + name + "`");
      }
      return attributes.containsKey(name)
          ? Optional.empty()
          : Optional.of("this process has no `" + name + "`");
    }
    if (name.startsWith("args.")) {
      if (inArgs) {
        return Optional.of("an argument cannot refer to another argument");
      }
      if (name.equals("args.")) {
        return Optional.of("expected an argument name after `args.`");
      }
      return args.containsKey(name.substring(5))
          ? Optional.empty()
          : Optional.of("no argument `" + name.substring(5) + "` in `args`");
    }
    return Optional.of("not a placeholder");
  }

  private static Optional<String> suggestPlaceholder(
      String name,
      ProcessKind kind,
      Map<String, Attribute> attributes,
      Map<String, Value.ArgEntry> args) {
    List<String> candidates = new ArrayList<>(PLACEHOLDERS);
    if (kind == ProcessKind.FREERUN) {
      candidates.removeAll(PERIOD_PLACEHOLDERS);
    }
    candidates.sort(null);
    for (String s : List.of("source", "sink")) {
      if (attributes.containsKey(s)) {
        candidates.add(s);
      }
    }
    args.keySet().forEach(a -> candidates.add("args." + a));
    if (!name.startsWith("args.") && args.containsKey(name)) {
      return Optional.of("args." + name);
    }
    return Suggestions.nearest(name, candidates);
  }
}
