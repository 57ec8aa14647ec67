package io.synergy.runtime.trigger;

import static io.synergy.runtime.trigger.AtScheduleTest.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synergy.plan.Trigger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@code cron} triggers: Quartz through cron-utils, placed with the rule of {@code at}. */
class CronScheduleTest {
  @Test
  void next_berlinSpringForward_firesTheMissing0230OnceAtTheShiftedInstant() {
    assertThat(Fires.after(cron("0 30 2 * * ?", "Europe/Berlin"), instant("2026-03-27T12:00"), 3))
        .containsExactly(
            instant("2026-03-28T01:30"), instant("2026-03-29T01:30"), instant("2026-03-30T00:30"));
  }

  @Test
  void next_berlinFallBack_firesTheRepeated0230OnceAtItsFirstOccurrence() {
    Schedule schedule = cron("0 30 2 * * ?", "Europe/Berlin");

    assertThat(Fires.after(schedule, instant("2026-10-23T12:00"), 3))
        .containsExactly(
            instant("2026-10-24T00:30"), instant("2026-10-25T00:30"), instant("2026-10-26T01:30"));
    assertThat(schedule.next(instant("2026-10-25T00:45"))).contains(instant("2026-10-26T01:30"));
    assertThat(schedule.next(instant("2026-10-25T01:00"))).contains(instant("2026-10-26T01:30"));
  }

  @Test
  void next_everyHalfHourOverTheRepeatedHour_firesEachLocalTimeOnce() {
    assertThat(
            Fires.between(
                cron("0 */30 * * * ?", "Europe/Berlin"),
                instant("2026-10-24T23:15"),
                instant("2026-10-25T02:30")))
        .containsExactly(
            instant("2026-10-24T23:30"), // 01:30+02:00
            instant("2026-10-25T00:00"), // 02:00+02:00
            instant("2026-10-25T00:30"), // 02:30+02:00
            instant("2026-10-25T02:00"), // 03:00+01:00
            instant("2026-10-25T02:30"));
  }

  @Test
  void next_everyHalfHourOverTheGap_firesShiftedTimesOnceWithTheirTwins() {
    assertThat(
            Fires.between(
                cron("0 */30 * * * ?", "Europe/Berlin"),
                instant("2026-03-29T00:15"),
                instant("2026-03-29T02:00")))
        .containsExactly(
            instant("2026-03-29T00:30"), // 01:30+01:00
            instant("2026-03-29T01:00"), // 02:00 and 03:00
            instant("2026-03-29T01:30"), // 02:30 and 03:30
            instant("2026-03-29T02:00"));
  }

  @Test
  void next_lordHoweHalfHourGap_shiftsTheMissing0215ByHalfAnHour() {
    assertThat(
            Fires.after(
                cron("0 15 2 * * ?", "Australia/Lord_Howe"), instant("2026-10-02T00:00"), 3))
        .containsExactly(
            instant("2026-10-02T15:45"), instant("2026-10-03T15:45"), instant("2026-10-04T15:15"));
  }

  @Test
  void next_newYorkFallBack_fires0130OnceAtItsFirstOccurrence() {
    assertThat(
            Fires.after(cron("0 30 1 * * ?", "America/New_York"), instant("2026-10-31T00:00"), 3))
        .containsExactly(
            instant("2026-10-31T05:30"), instant("2026-11-01T05:30"), instant("2026-11-02T06:30"));
  }

  @Test
  void next_lastDayOfMonth_firesOnThe28thOfFebruary() {
    assertThat(cron("0 0 12 L * ?", "Europe/Berlin").next(instant("2026-02-01T00:00")))
        .contains(instant("2026-02-28T11:00"));
  }

  @Test
  void next_nearestWeekday_firesOnFridayForASaturday15th() {
    assertThat(cron("0 0 12 15W * ?", "Europe/Berlin").next(instant("2026-08-01T00:00")))
        .contains(instant("2026-08-14T10:00"));
  }

  @Test
  void next_nthWeekday_firesOnTheThirdFriday() {
    assertThat(cron("0 0 12 ? * 6#3", "Europe/Berlin").next(instant("2026-08-01T00:00")))
        .contains(instant("2026-08-21T10:00"));
  }

  @Test
  void next_lastWeekdayOfMonth_firesOnFriday29thOfMay() {
    assertThat(cron("0 0 12 LW * ?", "America/New_York").next(instant("2026-05-01T00:00")))
        .contains(instant("2026-05-29T16:00"));
  }

  @Test
  void next_pastItsLastYear_isEmpty() {
    Schedule schedule = cron("0 0 0 1 1 ? 2027", "Europe/Berlin");

    assertThat(schedule.next(instant("2026-06-01T00:00"))).contains(instant("2026-12-31T23:00"));
    assertThat(schedule.next(instant("2026-12-31T23:00"))).isEmpty();
  }

  @Test
  void next_aDateThatNeverComes_isEmpty() {
    assertThat(cron("0 30 2 30 2 ?", "Europe/Berlin").next(instant("2026-01-01T00:00"))).isEmpty();
  }

  @Test
  void next_fractionOfASecondBeforeAFire_isThatFire() {
    Schedule schedule = cron("0 30 2 * * ?", "UTC");
    Instant fire = instant("2026-10-25T02:30");

    assertThat(schedule.next(fire.minusNanos(1))).contains(fire);
    assertThat(schedule.next(fire.plusNanos(1))).contains(fire.plusSeconds(86_400));
  }

  @Test
  void next_twoHoursAcrossTheGap_firesTheMissing0200AtTheShiftedInstant() {
    // found by the properties against cron-utils asked in the zone: it skipped 2024-03-31 02:00
    assertThat(
            Fires.between(
                cron("0 0 0,2 * * ?", "Europe/Berlin"),
                instant("2024-03-29T01:00"),
                instant("2024-03-31T03:00")))
        .containsExactly(
            instant("2024-03-29T23:00"),
            instant("2024-03-30T01:00"),
            instant("2024-03-30T23:00"),
            instant("2024-03-31T01:00"));
  }

  @Test
  void next_weekdayFieldIntoTheRepeatedHour_firesTheFirstOccurrence() {
    // found by the properties against cron-utils asked in the zone: from the evening before it
    // answered 01:00-05:00, the second occurrence, and from midnight 01:00-04:00
    Schedule schedule = cron("0 0 1 ? * SUN", "America/New_York");

    assertThat(schedule.next(Instant.parse("2024-11-03T03:59:05Z")))
        .contains(instant("2024-11-03T05:00"));
    assertThat(schedule.next(instant("2024-11-03T04:00"))).contains(instant("2024-11-03T05:00"));
    assertThat(schedule.next(instant("2024-11-03T05:00"))).contains(instant("2024-11-10T06:00"));
  }

  @Test
  void of_invalidExpression_isRejectedWithValidExamples() {
    assertThatThrownBy(() -> cron("0 61 * * * ?", "UTC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a Quartz cron expression `0 61 * * * ?` (")
        .hasMessageEndingWith("valid examples: " + String.join(", ", CronTimes.EXAMPLES));
  }

  @Test
  void parse_eachListedExample_parses() {
    for (String example : CronTimes.EXAMPLES) {
      assertThat(CronTimes.parse(example).next(LocalDateTime.of(2026, 1, 1, 0, 0))).isPresent();
    }
  }

  static Schedule cron(String expression, String zone) {
    return Schedule.of(new Trigger.Cron(expression, ZoneId.of(zone)), Instant.EPOCH);
  }
}
