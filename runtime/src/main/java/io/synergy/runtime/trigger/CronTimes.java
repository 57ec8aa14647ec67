package io.synergy.runtime.trigger;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The local date-times of a Quartz cron expression (seconds first; {@code L}, {@code W}, {@code
 * #}), through cron-utils. The library is asked in UTC, a zone without clock changes, so it answers
 * on the plain calendar: its own handling of clock changes, which skips a local time that does not
 * exist and fires twice at one that repeats, never comes into play; {@link ZonedSchedule} applies
 * the rule of {@code at} instead.
 */
final class CronTimes implements LocalTimes {
  private static final CronParser QUARTZ =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

  /** Expressions that parse, listed when one does not. */
  static final List<String> EXAMPLES =
      List.of(
          "0 30 2 * * ?",
          "0 0/15 * * * ?",
          "0 0 17 ? * MON-FRI",
          "0 0 12 L * ?",
          "0 0 12 15W * ?",
          "0 0 12 ? * 6#3");

  private final ExecutionTime executionTime;

  private CronTimes(ExecutionTime executionTime) {
    this.executionTime = executionTime;
  }

  /**
   * Throws {@link IllegalArgumentException}, with examples, when {@code expression} is not Quartz.
   */
  static CronTimes parse(String expression) {
    try {
      return new CronTimes(ExecutionTime.forCron(QUARTZ.parse(expression).validate()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format(
              "not a Quartz cron expression `%s` (%s); valid examples: %s",
              expression, e.getMessage(), String.join(", ", EXAMPLES)),
          e);
    }
  }

  /** Cron matches whole seconds, so a fraction of a second in {@code after} can be dropped. */
  @Override
  public Optional<LocalDateTime> next(LocalDateTime after) {
    LocalDateTime second = after.truncatedTo(ChronoUnit.SECONDS);
    return executionTime
        .nextExecution(second.atZone(ZoneOffset.UTC))
        .map(ZonedDateTime::toLocalDateTime);
  }
}
