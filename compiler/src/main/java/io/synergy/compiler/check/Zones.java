package io.synergy.compiler.check;

import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Suggestions;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time zones: IANA region ids ({@code Europe/Berlin}) and {@code UTC}. Offsets and abbreviations
 * are refused because they do not follow daylight saving rules (SYN202).
 */
final class Zones {
  private static final List<String> REGIONS =
      ZoneId.getAvailableZoneIds().stream().filter(Zones::isRegion).sorted().toList();
  private static final Set<String> REGION_SET = Set.copyOf(REGIONS);

  /** Other names of the universal zone, in lower case: the plan spells it {@code UTC}. */
  private static final Set<String> UTC_ALIASES =
      Set.of(
          "utc",
          "etc/utc",
          "etc/uct",
          "uct",
          "etc/universal",
          "universal",
          "etc/zulu",
          "zulu",
          "z");

  private Zones() {}

  static boolean valid(String id) {
    return id.equals("UTC") || REGION_SET.contains(id);
  }

  private static boolean isRegion(String id) {
    return id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/");
  }

  static void check(StringLit zone, Diagnostics diagnostics) {
    String id = zone.value();
    if (valid(id)) {
      return;
    }
    Diagnostic.Builder d =
        Diagnostic.of(Code.SYN202, zone.span(), "unknown time zone `" + id + "`")
            .label("not an IANA region id");
    if (UTC_ALIASES.contains(id.toLowerCase(Locale.ROOT))) {
      d.help("did you mean `UTC`?");
    } else if (id.matches("(?i)(UTC|GMT)?[+-].*") || id.matches("(?i)Etc/GMT.*")) {
      d.note("a fixed offset does not follow daylight saving time")
          .help("use a region id such as `Europe/Berlin` or `Asia/Kolkata`, or `UTC`");
    } else {
      List<String> near = Suggestions.ranked(id, REGIONS);
      if (near.isEmpty()) {
        near = REGIONS.stream().filter(r -> r.equalsIgnoreCase(id)).toList();
      }
      if (!near.isEmpty()) {
        d.help("did you mean `" + near.get(0) + "`?");
      } else {
        d.help("use a region id such as `Europe/Berlin` or `America/New_York`, or `UTC`");
      }
      if (ZoneId.getAvailableZoneIds().contains(id) || ZoneId.SHORT_IDS.containsKey(id)) {
        d.note(
            "abbreviations such as `EST` or `CET` are ambiguous and ignore daylight saving rules");
      }
    }
    diagnostics.report(d);
  }
}
