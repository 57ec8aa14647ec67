package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.plan.Trigger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Triggers in the words of the language, short enough for a node's label. */
class TriggerTextTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @ParameterizedTest
  @CsvSource({"PT5M, 5m", "PT90S, 1m30s", "PT1H30M, 1h30m", "P1DT12H, 1d12h", "PT1S, 1s"})
  void of_every_givesTheDurationInLanguageUnits(Duration every, String text) {
    assertThat(TriggerText.of(new Trigger.Every(every, UTC), UTC)).isEqualTo("every " + text);
  }

  @Test
  void of_atWithDayRangesAndSeconds_readsAsTheSource() {
    Trigger at =
        new Trigger.At(
            List.of(
                new Trigger.AtTime(
                    List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY),
                    LocalTime.of(6, 0)),
                new Trigger.AtTime(List.of(DayOfWeek.SATURDAY), LocalTime.of(8, 30, 15)),
                new Trigger.AtTime(List.of(DayOfWeek.values()), LocalTime.of(23, 0))),
            UTC);

    assertThat(TriggerText.of(at, UTC)).isEqualTo("at Mon-Fri 06:00, Sat 08:30:15, 23:00");
  }

  @Test
  void of_atWithARangePastSunday_writesItAsOneRange() {
    Trigger at =
        new Trigger.At(
            List.of(
                new Trigger.AtTime(
                    List.of(
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                    LocalTime.of(3, 0))),
            UTC);

    assertThat(TriggerText.of(at, UTC)).isEqualTo("at Fri-Mon 03:00");
  }

  @Test
  void of_cron_givesTheExpressionWithoutQuotes() {
    assertThat(TriggerText.of(new Trigger.Cron("0 30 2 * * ?", UTC), UTC))
        .isEqualTo("cron 0 30 2 * * ?");
  }

  @Test
  void of_triggerInAnotherZone_namesTheZone() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(
            TriggerText.of(
                new Trigger.Cron("0 0 17 ? * MON-FRI", ZoneId.of("America/New_York")), berlin))
        .isEqualTo("cron 0 0 17 ? * MON-FRI in America/New_York");
    assertThat(TriggerText.of(new Trigger.Every(Duration.ofMinutes(1), berlin), berlin))
        .isEqualTo("every 1m");
  }

  @Test
  void dayRuns_separateDays_giveOneRunEach() {
    assertThat(TriggerText.dayRuns(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)))
        .containsExactly("Mon", "Wed");
    assertThat(TriggerText.dayRuns(List.of(DayOfWeek.SUNDAY))).containsExactly("Sun");
  }
}
