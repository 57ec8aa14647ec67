package io.synergy.compiler.check;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import java.util.Locale;

/** Cron expressions: Quartz syntax through cron-utils (SYN201, quoting the library's reason). */
final class Crons {
  private Crons() {}

  private static final String FAILED = "Failed to parse cron expression. ";

  /** Built on first use; cron-utils' parser holds no state between parses. */
  private static final class Quartz {
    static final CronParser PARSER =
        new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
  }

  static void check(StringLit cron, Diagnostics diagnostics) {
    try {
      parser().parse(cron.value()).validate();
    } catch (IllegalArgumentException e) {
      diagnostics.report(
          Diagnostic.of(
                  Code.SYN201,
                  cron.span(),
                  "invalid cron expression `" + cron.value() + "`: " + reason(e.getMessage()))
              .label("not a Quartz cron expression")
              .help(
                  "Quartz cron has six or seven fields, seconds first: `0 30 2 * * ?` runs at 02:30 every day"));
    }
  }

  private static CronParser parser() {
    return Quartz.PARSER;
  }

  /** Loads and runs the cron parser once, so a later check does not wait for its start-up. */
  static void warmUp() {
    parser().parse("0 30 2 * * ?").validate();
  }

  static String reason(String message) {
    String m = message == null ? "rejected" : message.trim();
    if (m.startsWith(FAILED)) {
      m = m.substring(FAILED.length());
    }
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? "rejected" : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
  }
}
