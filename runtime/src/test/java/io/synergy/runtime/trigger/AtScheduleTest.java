package io.synergy.runtime.trigger;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.plan.Trigger;
import io.synergy.plan.Trigger.AtTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code at} triggers placed in their zone, clock changes included. */
class AtScheduleTest {
  private static final Instant MONDAY_MIDNIGHT = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void next_monFri0600Sat0830_firesSixTimesAWeekInUtc() {
    Schedule schedule =
        at(
            "UTC",
            time("06:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
            time("08:30", SATURDAY));

    assertThat(Fires.between(schedule, MONDAY_MIDNIGHT, MONDAY_MIDNIGHT.plusSeconds(7 * 86_400)))
        .containsExactly(
            Instant.parse("2026-03-02T06:00:00Z"),
            Instant.parse("2026-03-03T06:00:00Z"),
            Instant.parse("2026-03-04T06:00:00Z"),
            Instant.parse("2026-03-05T06:00:00Z"),
            Instant.parse("2026-03-06T06:00:00Z"),
            Instant.parse("2026-03-07T08:30:00Z"));
  }

  @Test
  void next_wrappingRangeFriMon_firesFridayThroughMonday() {
    Schedule schedule = at("UTC", time("23:00", FRIDAY, SATURDAY, SUNDAY, MONDAY));

    assertThat(Fires.after(schedule, MONDAY_MIDNIGHT, 5))
        .containsExactly(
            Instant.parse("2026-03-02T23:00:00Z"),
            Instant.parse("2026-03-06T23:00:00Z"),
            Instant.parse("2026-03-07T23:00:00Z"),
            Instant.parse("2026-03-08T23:00:00Z"),
            Instant.parse("2026-03-09T23:00:00Z"));
  }

  @Test
  void next_berlinSpringForward_firesTheMissing0230OnceAtTheShiftedInstant() {
    Schedule schedule = at("Europe/Berlin", time("02:30"));

    assertThat(Fires.after(schedule, Instant.parse("2026-03-27T12:00:00Z"), 3))
        .containsExactly(
            Instant.parse("2026-03-28T01:30:00Z"), // 02:30+01:00
            Instant.parse("2026-03-29T01:30:00Z"), // 02:30 does not exist: 03:30+02:00
            Instant.parse("2026-03-30T00:30:00Z")); // 02:30+02:00
  }

  @Test
  void next_berlinFallBack_firesTheRepeated0230OnceAtItsFirstOccurrence() {
    Schedule schedule = at("Europe/Berlin", time("02:30"));

    assertThat(Fires.after(schedule, Instant.parse("2026-10-23T12:00:00Z"), 3))
        .containsExactly(
            Instant.parse("2026-10-24T00:30:00Z"),
            Instant.parse("2026-10-25T00:30:00Z"), // 02:30+02:00, not 02:30+01:00
            Instant.parse("2026-10-26T01:30:00Z"));
  }

  @Test
  void next_fromInsideTheRepeatedHour_skipsTheSecondOccurrence() {
    Schedule schedule = at("Europe/Berlin", time("02:30"));
    Instant nextDay = Instant.parse("2026-10-26T01:30:00Z");

    assertThat(schedule.next(Instant.parse("2026-10-25T00:45:00Z"))).contains(nextDay);
    assertThat(schedule.next(Instant.parse("2026-10-25T01:15:00Z"))).contains(nextDay);
    assertThat(schedule.next(Instant.parse("2026-10-25T01:30:00Z"))).contains(nextDay);
  }

  @Test
  void next_fromInsideTheShiftedHour_firesTheShiftedTime() {
    Schedule schedule = at("Europe/Berlin", time("02:30"));

    // 03:10+02:00 is after the gap's start but before 02:30 shifted to 03:30+02:00
    assertThat(schedule.next(Instant.parse("2026-03-29T01:10:00Z")))
        .contains(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void next_timesLandingOnOneInstant_fireOnce() {
    Schedule schedule = at("Europe/Berlin", time("02:30"), time("03:30"));

    assertThat(Fires.after(schedule, Instant.parse("2026-03-28T12:00:00Z"), 2))
        .containsExactly(
            Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-30T00:30:00Z"));
  }

  @Test
  void next_shiftedTime_firesAfterALaterLocalTime() {
    Schedule schedule = at("Europe/Berlin", time("02:30"), time("03:10"));

    assertThat(Fires.between(schedule, instant("2026-03-29T00:00"), instant("2026-03-29T02:00")))
        .containsExactly(
            instant("2026-03-29T01:10"), // 03:10+02:00
            instant("2026-03-29T01:30")); // 02:30 shifted to 03:30+02:00
  }

  @Test
  void next_newYorkClockChanges_shiftsTheMissingAndFiresTheRepeatedOnce() {
    assertThat(Fires.after(at("America/New_York", time("02:30")), instant("2026-03-07T00:00"), 3))
        .containsExactly(
            instant("2026-03-07T07:30"), instant("2026-03-08T07:30"), instant("2026-03-09T06:30"));
    assertThat(Fires.after(at("America/New_York", time("01:30")), instant("2026-10-31T00:00"), 3))
        .containsExactly(
            instant("2026-10-31T05:30"), instant("2026-11-01T05:30"), instant("2026-11-02T06:30"));
  }

  @Test
  void next_kolkata_firesAtTheSameInstantEveryDay() {
    assertThat(Fires.after(at("Asia/Kolkata", time("02:30")), instant("2026-03-28T00:00"), 2))
        .containsExactly(instant("2026-03-28T21:00"), instant("2026-03-29T21:00"));
  }

  @Test
  void next_lordHoweHalfHourGap_shiftsTheMissing0215ByHalfAnHour() {
    Schedule schedule = at("Australia/Lord_Howe", time("02:15"));

    assertThat(Fires.after(schedule, instant("2026-10-02T00:00"), 3))
        .containsExactly(
            instant("2026-10-02T15:45"), // 02:15+10:30
            instant("2026-10-03T15:45"), // 02:15 does not exist: 02:45+11:00
            instant("2026-10-04T15:15")); // 02:15+11:00
  }

  @Test
  void next_lordHoweFallBack_fires0215OnceAnd0145AtItsFirstOccurrence() {
    assertThat(
            Fires.after(at("Australia/Lord_Howe", time("02:15")), instant("2026-04-03T00:00"), 3))
        .containsExactly(
            instant("2026-04-03T15:15"), instant("2026-04-04T15:45"), instant("2026-04-05T15:45"));
    assertThat(
            Fires.after(at("Australia/Lord_Howe", time("01:45")), instant("2026-04-03T00:00"), 3))
        .containsExactly(
            instant("2026-04-03T14:45"),
            instant("2026-04-04T14:45"), // 01:45+11:00, not 01:45+10:30
            instant("2026-04-05T15:15"));
  }

  @Test
  void next_triggerZone_isUsedRatherThanUtc() {
    Schedule schedule = at("Asia/Kolkata", time("06:00", MONDAY));

    assertThat(schedule.next(MONDAY_MIDNIGHT)).contains(instant("2026-03-02T00:30"));
  }

  @Test
  void startUpFire_at_isNone() {
    assertThat(at("UTC", time("06:00")).startUpFire()).isEmpty();
  }

  static Schedule at(String zone, AtTime... times) {
    return Schedule.of(new Trigger.At(List.of(times), ZoneId.of(zone)), MONDAY_MIDNIGHT);
  }

  static AtTime time(String time, DayOfWeek... days) {
    List<DayOfWeek> on = days.length == 0 ? List.of(DayOfWeek.values()) : List.of(days);
    return new AtTime(on, LocalTime.parse(time));
  }

  static Instant instant(String utcMinute) {
    return Instant.parse(utcMinute + ":00Z");
  }
}
