package io.synergy.compiler.check;

import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Suggestions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a block's attributes belong there (SYN105, SYN107), appear once (SYN104) and that the
 * required ones are present (SYN106). Returns the block's attributes by name, first occurrence
 * wins, for the value checks.
 */
final class AttributeChecker {
  private final Diagnostics diagnostics;

  AttributeChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Checks one block; {@code owner} is the declaration's name (SYN106 goes there), or null for
   * settings blocks.
   */
  Map<String, Attribute> check(
      Block block, List<Attribute> attributes, Name owner, String ownerTitle) {
    Map<String, Attribute> byName = new LinkedHashMap<>();
    Set<String> suggested = new HashSet<>();
    for (Attribute a : attributes) {
      String key = a.key().text();
      if (!block.allowed().contains(key)) {
        misplaced(block, a).ifPresent(suggested::add);
        continue;
      }
      Attribute first = byName.putIfAbsent(key, a);
      if (first != null) {
        diagnostics.report(
            Diagnostic.of(Code.SYN104, a.key().span(), "attribute `" + key + "` given twice")
                .label("given again here")
                .secondary(first.key().span(), "first given here")
                .help("remove one of them"));
      }
    }
    if (owner != null) {
      for (String required : block.required()) {
        // `perod daily` is one mistake: its SYN105 suggests `period`, so the missing `period` is
        // not reported too.
        if (!byName.containsKey(required) && !suggested.contains(required)) {
          diagnostics.report(
              Diagnostic.of(Code.SYN106, owner.span(), ownerTitle + " has no `" + required + "`")
                  .label("`" + required + "` is required here")
                  .help(requiredHelp(required)));
        }
      }
    }
    Attribute gc = byName.get("gc");
    if (gc != null && gc.value() instanceof Value.Block nested) {
      byName.putAll(prefixed(check(Block.GC, nested.attributes(), null, "`gc`")));
    }
    return byName;
  }

  private static Map<String, Attribute> prefixed(Map<String, Attribute> gc) {
    Map<String, Attribute> out = new LinkedHashMap<>();
    gc.forEach((k, v) -> out.put("gc." + k, v));
    return out;
  }

  /**
   * Reports an attribute that does not belong in the block; returns the attribute it suggests
   * instead, if any.
   */
  private Optional<String> misplaced(Block block, Attribute a) {
    String key = a.key().text();
    if (Block.known(key)) {
      Diagnostic.Builder d =
          Diagnostic.of(
                  Code.SYN107,
                  a.key().span(),
                  "attribute `" + key + "` is not allowed in " + block.title())
              .label("not allowed here");
      if (block == Block.FREERUN
          && List.of("period", "machine", "blocking", "group", "source", "sink").contains(key)) {
        d.note(
            "a freerun has no period, tree or machine; declare a `process` to run once per period");
      } else if (block == Block.PROCESS && key.equals("every")) {
        d.help("did you mean `trigger every ...`?");
      } else if (block == Block.SETTINGS && Block.GC.allowed().contains(key)) {
        d.help("put `" + key + "` inside `gc { ... }`");
      } else if (block == Block.GC && Block.SETTINGS.allowed().contains(key)) {
        d.help("put `" + key + "` in `settings`, outside `gc { ... }`");
      } else if (key.equals("timezone")) {
        d.help("to run a trigger in another zone, write `trigger ... in \"Zone/Name\"`");
      }
      diagnostics.report(d);
      return Optional.empty();
    }
    Diagnostic.Builder d =
        Diagnostic.of(Code.SYN105, a.key().span(), "unknown attribute `" + key + "`")
            .label("not an attribute of " + block.title());
    Optional<String> suggestion = Suggestions.nearest(key, block.allowed());
    suggestion.ifPresent(s -> d.help("did you mean `" + s + "`?"));
    diagnostics.report(d);
    return suggestion;
  }

  private static String requiredHelp(String attribute) {
    return switch (attribute) {
      case "period" -> "add `period hourly`, `daily`, `monthly` or `yearly`";
      case "run" -> "add the command to run, e.g. `run \"bin/job\" \"{period}\"`";
      case "trigger" ->
          "add when it runs, e.g. `trigger cron \"0 30 2 * * ?\"` or `trigger every 1h`";
      default -> "add `" + attribute + "`";
    };
  }
}
