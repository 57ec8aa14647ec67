package io.synergy.runtime.trigger;

import static io.synergy.runtime.trigger.AtScheduleTest.instant;
import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What cron-utils 9.2.1 itself does when asked in a zone with clock changes: the reason {@link
 * CronTimes} asks it in UTC only. Should an upgrade change these answers, revisit that choice.
 */
class CronUtilsDstTest {
  private static final ExecutionTime AT_0230 = quartz("0 30 2 * * ?");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void nextExecution_springForward_skipsTheMissingLocalTime() {
    assertThat(next(AT_0230, instant("2026-03-28T12:00")))
        .contains(instant("2026-03-30T00:30")); // no fire on 2026-03-29
  }

  @Test
  void nextExecution_insideTheRepeatedHour_firesTheSecondOccurrence() {
    assertThat(next(AT_0230, instant("2026-10-25T00:45")))
        .contains(instant("2026-10-25T01:30")); // 02:30+01:00, after 02:30+02:00 fired
  }

  @Test
  void nextExecution_fromTheFirstOccurrence_answersLaterThanFromAfterIt() {
    // not monotonic: asking from a later instant gives an earlier fire
    assertThat(next(AT_0230, instant("2026-10-25T00:30"))).contains(instant("2026-10-26T01:30"));
    assertThat(next(AT_0230, instant("2026-10-25T00:31"))).contains(instant("2026-10-25T01:30"));
  }

  @Test
  void nextExecution_halfHourlyOverTheRepeatedHour_firesBothOccurrences() {
    ExecutionTime halfHourly = quartz("0 */30 * * * ?");

    assertThat(next(halfHourly, instant("2026-10-25T00:30")))
        .contains(instant("2026-10-25T01:00")); // 02:00+01:00 again
  }

  @Test
  void nextExecution_weekdayFieldFromTheDayBefore_firesTheSecondOccurrence() {
    ExecutionTime sundays = quartz("0 0 1 ? * SUN");
    ZoneId newYork = ZoneId.of("America/New_York");

    // from 23:59:05 on Saturday: 01:00-05:00, the second occurrence; from 00:00: 01:00-04:00
    assertThat(next(sundays, Instant.parse("2024-11-03T03:59:05Z"), newYork))
        .contains(instant("2024-11-03T06:00"));
    assertThat(next(sundays, instant("2024-11-03T04:00"), newYork))
        .contains(instant("2024-11-03T05:00"));
  }

  private static Optional<Instant> next(ExecutionTime executionTime, Instant after) {
    return next(executionTime, after, BERLIN);
  }

  private static Optional<Instant> next(ExecutionTime executionTime, Instant after, ZoneId zone) {
    return executionTime.nextExecution(after.atZone(zone)).map(ZonedDateTime::toInstant);
  }

  private static ExecutionTime quartz(String expression) {
    CronParser parser =
        new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    return ExecutionTime.forCron(parser.parse(expression));
  }
}
