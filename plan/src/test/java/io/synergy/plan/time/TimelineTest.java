package io.synergy.plan.time;

import static io.synergy.plan.PeriodKind.DAILY;
import static io.synergy.plan.PeriodKind.HOURLY;
import static io.synergy.plan.PeriodKind.MONTHLY;
import static io.synergy.plan.PeriodKind.YEARLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synergy.plan.PeriodKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  static final Timeline UTC = Timeline.of(ZoneId.of("UTC"));
  static final Timeline BERLIN = Timeline.of(ZoneId.of("Europe/Berlin"));
  static final Timeline NEW_YORK = Timeline.of(ZoneId.of("America/New_York"));
  static final Timeline KOLKATA = Timeline.of(ZoneId.of("Asia/Kolkata"));
  static final Timeline LORD_HOWE = Timeline.of(ZoneId.of("Australia/Lord_Howe"));

  static Instant at(String utc) {
    return Instant.parse(utc);
  }

  static List<String> ids(List<Period> periods) {
    return periods.stream().map(Period::id).toList();
  }

  static void assertPeriod(Period p, String id, String start, String end) {
    assertThat(p.id()).isEqualTo(id);
    assertThat(p.start()).as("start of %s", id).isEqualTo(at(start));
    assertThat(p.end()).as("end of %s", id).isEqualTo(at(end));
  }

  @Test
  void containing_utc_givesTheIdOfEachKind() {
    Instant t = at("2026-12-03T12:34:56.789Z");
    assertPeriod(
        UTC.containing(HOURLY, t), "2026120312", "2026-12-03T12:00:00Z", "2026-12-03T13:00:00Z");
    assertPeriod(
        UTC.containing(DAILY, t), "2026120300", "2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z");
    assertPeriod(
        UTC.containing(MONTHLY, t), "2026120000", "2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z");
    assertPeriod(
        UTC.containing(YEARLY, t), "2026000000", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
  }

  @Test
  void containing_startInstant_isThatPeriodAndTheInstantBeforeIsThePreviousOne() {
    Instant t = at("2026-12-03T12:00:00Z");
    assertThat(UTC.containing(HOURLY, t).id()).isEqualTo("2026120312");
    assertThat(UTC.containing(HOURLY, t.minusNanos(1)).id()).isEqualTo("2026120311");
  }

  @Test
  void nextAndPrevious_acrossYearEnd_followTheCalendar() {
    assertThat(UTC.next(UTC.parse(HOURLY, "2026123123")).id()).isEqualTo("2027010100");
    assertThat(UTC.previous(UTC.parse(DAILY, "2026010100")).id()).isEqualTo("2025123100");
    assertThat(UTC.next(UTC.parse(MONTHLY, "2026120000")).id()).isEqualTo("2027010000");
    assertThat(UTC.previous(UTC.parse(YEARLY, "2026000000")).id()).isEqualTo("2025000000");
  }

  @Test
  void parentAndChildren_utc_nestByTheCalendar() {
    Period hour = UTC.parse(HOURLY, "2024022912");
    assertThat(UTC.parent(hour, DAILY).id()).isEqualTo("2024022900");
    assertThat(UTC.parent(hour, MONTHLY).id()).isEqualTo("2024020000");
    assertThat(UTC.parent(hour, YEARLY).id()).isEqualTo("2024000000");
    Period february = UTC.parse(MONTHLY, "2024020000");
    assertThat(UTC.children(february, DAILY)).hasSize(29);
    assertThat(UTC.children(UTC.parse(YEARLY, "2024000000"), MONTHLY)).hasSize(12);
    assertThat(UTC.children(UTC.parse(YEARLY, "2024000000"), HOURLY)).hasSize(366 * 24);
    assertThat(ids(UTC.children(UTC.parse(DAILY, "2026120300"), HOURLY)))
        .startsWith("2026120300", "2026120301")
        .endsWith("2026120323")
        .hasSize(24);
  }

  @Test
  void parentAndChildren_kindsTheWrongWayRound_areRejected() {
    Period day = UTC.parse(DAILY, "2026120300");
    assertThatThrownBy(() -> UTC.parent(day, HOURLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hourly is not coarser than daily");
    assertThatThrownBy(() -> UTC.children(day, DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daily is not finer than daily");
  }

  @Test
  void periodOfAnotherZone_isRejected() {
    Period berlinDay = BERLIN.parse(DAILY, "2026120300");
    assertThatThrownBy(() -> UTC.next(berlinDay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period `2026120300` is in Europe/Berlin, not in UTC");
  }

  @Test
  void parse_malformedIds_sayWhatIsWrong() {
    assertRejected(
        UTC,
        DAILY,
        "2026120312",
        "`2026120312` is no daily period id: expected YYYYMMDD00, the finer fields zeroed");
    assertRejected(
        UTC,
        HOURLY,
        "202612031",
        "`202612031` is no hourly period id: expected YYYYMMDDHH, or YYYYMMDDHHb for a repeated hour");
    assertRejected(
        UTC, DAILY, "2026120300b", "`2026120300b` is no daily period id: expected YYYYMMDD00");
    assertRejected(
        UTC,
        MONTHLY,
        "2026130000",
        "`2026130000` is no monthly period id: month 13 does not exist");
    assertRejected(
        UTC, DAILY, "2026023000", "`2026023000` is no daily period id: 2026-02-30 does not exist");
    assertRejected(
        UTC, HOURLY, "2026120324", "`2026120324` is no hourly period id: hour 24 does not exist");
    assertRejected(
        UTC,
        YEARLY,
        "2026010000",
        "`2026010000` is no yearly period id: expected YYYY000000, the finer fields zeroed");
    assertRejected(
        UTC, YEARLY, "0000000000", "`0000000000` is no yearly period id: year 0000 does not exist");
    assertRejected(
        UTC,
        HOURLY,
        "2026-12-03",
        "`2026-12-03` is no hourly period id: expected YYYYMMDDHH, or YYYYMMDDHHb for a repeated hour");
  }

  @Test
  void parse_repeatedHourWhereNoneRepeats_isRejected() {
    assertRejected(
        UTC,
        HOURLY,
        "2026120312b",
        "`2026120312b` is no hourly period in UTC: hour 12 of 2026-12-03 does not repeat");
  }

  @Test
  void tryParse_givesThePeriodOrTheReasonAsAValue() {
    assertThat(UTC.tryParse(DAILY, "2026120300"))
        .isEqualTo(new PeriodParse.Found(UTC.parse(DAILY, "2026120300")));
    assertThat(UTC.tryParse(DAILY, "2026120301"))
        .isEqualTo(
            new PeriodParse.Rejected(
                "2026120301",
                "`2026120301` is no daily period id: expected YYYYMMDD00, the finer fields zeroed"));
  }

  @Test
  void tense_againstNow_isPastLiveOrFuture() {
    Period hour = UTC.parse(HOURLY, "2026120312");
    assertThat(hour.tense(at("2026-12-03T11:59:59Z"))).isEqualTo(Tense.FUTURE);
    assertThat(hour.tense(at("2026-12-03T12:00:00Z"))).isEqualTo(Tense.LIVE);
    assertThat(hour.tense(at("2026-12-03T12:59:59.999Z"))).isEqualTo(Tense.LIVE);
    assertThat(hour.tense(at("2026-12-03T13:00:00Z"))).isEqualTo(Tense.PAST);
    assertThat(hour.isLive(at("2026-12-03T12:30:00Z"))).isTrue();
    assertThat(hour.isPast(at("2026-12-03T12:30:00Z"))).isFalse();
    assertThat(hour.isFuture(at("2026-12-03T11:30:00Z"))).isTrue();
  }

  @Test
  void freerunId_isTheUtcSecond() {
    assertThat(Timeline.freerunId(at("2026-12-03T12:34:56.789Z"))).isEqualTo("20261203123456");
    assertThat(Timeline.freerunId(at("0999-01-02T03:04:05Z"))).isEqualTo("09990102030405");
  }

  @Test
  void window_ungrouped_isThePeriodAndTheNextOne() {
    Window w = UTC.window(UTC.parse(HOURLY, "2026120323"));
    assertThat(w.startId()).isEqualTo("2026120323");
    assertThat(w.endId()).isEqualTo("2026120400");
    assertThat(w.start()).isEqualTo(at("2026-12-03T23:00:00Z"));
    assertThat(w.end()).isEqualTo(at("2026-12-04T00:00:00Z"));
  }

  @Test
  void berlinSpring2026_hour02IsSkippedAndTheDayHas23Hours() {
    Period day = BERLIN.parse(DAILY, "2026032900");
    assertPeriod(day, "2026032900", "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z");
    List<Period> hours = BERLIN.children(day, HOURLY);
    assertThat(hours).hasSize(23);
    assertThat(ids(hours))
        .startsWith("2026032900", "2026032901", "2026032903")
        .doesNotContain("2026032902");
    assertPeriod(
        BERLIN.parse(HOURLY, "2026032901"),
        "2026032901",
        "2026-03-29T00:00:00Z",
        "2026-03-29T01:00:00Z");
    assertPeriod(
        BERLIN.parse(HOURLY, "2026032903"),
        "2026032903",
        "2026-03-29T01:00:00Z",
        "2026-03-29T02:00:00Z");
    assertThat(BERLIN.next(BERLIN.parse(HOURLY, "2026032901")).id()).isEqualTo("2026032903");
    assertRejected(
        BERLIN,
        HOURLY,
        "2026032902",
        "`2026032902` is no hourly period in Europe/Berlin: hour 02 of 2026-03-29 is skipped");
  }

  @Test
  void berlinAutumn2026_hour02RepeatsAs02bAndTheDayHas25Hours() {
    Period day = BERLIN.parse(DAILY, "2026102500");
    assertPeriod(day, "2026102500", "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z");
    assertThat(day.duration()).isEqualTo(Duration.ofHours(25));
    List<Period> hours = BERLIN.children(day, HOURLY);
    assertThat(hours).hasSize(25);
    assertThat(ids(hours).subList(1, 5))
        .containsExactly("2026102501", "2026102502", "2026102502b", "2026102503");
    assertPeriod(
        BERLIN.parse(HOURLY, "2026102502"),
        "2026102502",
        "2026-10-25T00:00:00Z",
        "2026-10-25T01:00:00Z");
    assertPeriod(
        BERLIN.parse(HOURLY, "2026102502b"),
        "2026102502b",
        "2026-10-25T01:00:00Z",
        "2026-10-25T02:00:00Z");
    assertThat(BERLIN.containing(HOURLY, at("2026-10-25T01:30:00Z")).id()).isEqualTo("2026102502b");
    assertThat(BERLIN.previous(BERLIN.parse(HOURLY, "2026102503")).id()).isEqualTo("2026102502b");
    assertThat(BERLIN.parent(BERLIN.parse(HOURLY, "2026102502b"), DAILY)).isEqualTo(day);
    assertRejected(
        BERLIN,
        HOURLY,
        "2026102602b",
        "`2026102602b` is no hourly period in Europe/Berlin: hour 02 of 2026-10-26 does not repeat");
  }

  @Test
  void berlinMonthsAndYear_startAtLocalMidnight() {
    assertPeriod(
        BERLIN.parse(MONTHLY, "2026030000"),
        "2026030000",
        "2026-02-28T23:00:00Z",
        "2026-03-31T22:00:00Z");
    assertPeriod(
        BERLIN.parse(YEARLY, "2026000000"),
        "2026000000",
        "2025-12-31T23:00:00Z",
        "2026-12-31T23:00:00Z");
  }

  @Test
  void newYork2026_springSkips02AndAutumnRepeats01() {
    List<Period> spring = NEW_YORK.children(NEW_YORK.parse(DAILY, "2026030800"), HOURLY);
    assertThat(ids(spring)).hasSize(23).doesNotContain("2026030802");
    assertPeriod(
        NEW_YORK.parse(HOURLY, "2026030803"),
        "2026030803",
        "2026-03-08T07:00:00Z",
        "2026-03-08T08:00:00Z");
    Period autumn = NEW_YORK.parse(DAILY, "2026110100");
    assertPeriod(autumn, "2026110100", "2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z");
    assertThat(NEW_YORK.children(autumn, HOURLY)).hasSize(25);
    assertPeriod(
        NEW_YORK.parse(HOURLY, "2026110101"),
        "2026110101",
        "2026-11-01T05:00:00Z",
        "2026-11-01T06:00:00Z");
    assertPeriod(
        NEW_YORK.parse(HOURLY, "2026110101b"),
        "2026110101b",
        "2026-11-01T06:00:00Z",
        "2026-11-01T07:00:00Z");
    assertPeriod(
        NEW_YORK.parse(HOURLY, "2026110102"),
        "2026110102",
        "2026-11-01T07:00:00Z",
        "2026-11-01T08:00:00Z");
  }

  @Test
  void kolkata_hoursStartOnTheLocalHourAtHalfPastUtc() {
    assertPeriod(
        KOLKATA.parse(HOURLY, "2026120312"),
        "2026120312",
        "2026-12-03T06:30:00Z",
        "2026-12-03T07:30:00Z");
    assertPeriod(
        KOLKATA.parse(DAILY, "2026120300"),
        "2026120300",
        "2026-12-02T18:30:00Z",
        "2026-12-03T18:30:00Z");
    assertThat(KOLKATA.containing(HOURLY, at("2026-12-03T06:29:59Z")).id()).isEqualTo("2026120311");
    assertThat(KOLKATA.containing(DAILY, at("2026-12-02T18:29:59Z")).id()).isEqualTo("2026120200");
  }

  @Test
  void lordHoweApril2026_halfHourBack_hour01Lasts90MinutesAndNothingRepeats() {
    Period day = LORD_HOWE.parse(DAILY, "2026040500");
    assertThat(day.duration()).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
    List<Period> hours = LORD_HOWE.children(day, HOURLY);
    assertThat(hours).hasSize(24);
    Period one = LORD_HOWE.parse(HOURLY, "2026040501");
    assertPeriod(one, "2026040501", "2026-04-04T14:00:00Z", "2026-04-04T15:30:00Z");
    assertThat(one.duration()).isEqualTo(Duration.ofMinutes(90));
    assertPeriod(
        LORD_HOWE.parse(HOURLY, "2026040502"),
        "2026040502",
        "2026-04-04T15:30:00Z",
        "2026-04-04T16:30:00Z");
    assertRejected(
        LORD_HOWE,
        HOURLY,
        "2026040501b",
        "`2026040501b` is no hourly period in Australia/Lord_Howe: hour 01 of 2026-04-05 does not repeat");
  }

  @Test
  void lordHoweOctober2026_halfHourForward_hour02Lasts30Minutes() {
    Period day = LORD_HOWE.parse(DAILY, "2026100400");
    assertThat(day.duration()).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    assertThat(LORD_HOWE.children(day, HOURLY)).hasSize(24);
    assertPeriod(
        LORD_HOWE.parse(HOURLY, "2026100401"),
        "2026100401",
        "2026-10-03T14:30:00Z",
        "2026-10-03T15:30:00Z");
    Period two = LORD_HOWE.parse(HOURLY, "2026100402");
    assertPeriod(two, "2026100402", "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z");
    assertThat(two.duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(LORD_HOWE.containing(HOURLY, at("2026-10-03T15:45:00Z"))).isEqualTo(two);
  }

  @Test
  void saoPaulo2018_skippedMidnight_dayStartsAtTheJumpTo01() {
    Timeline saoPaulo = Timeline.of(ZoneId.of("America/Sao_Paulo"));
    Period day = saoPaulo.parse(DAILY, "2018110400");
    assertPeriod(day, "2018110400", "2018-11-04T03:00:00Z", "2018-11-05T02:00:00Z");
    List<Period> hours = saoPaulo.children(day, HOURLY);
    assertThat(hours).hasSize(23);
    assertPeriod(hours.get(0), "2018110401", "2018-11-04T03:00:00Z", "2018-11-04T04:00:00Z");
    assertThat(saoPaulo.previous(day).end()).isEqualTo(day.start());
    assertPeriod(
        saoPaulo.parse(MONTHLY, "2018110000"),
        "2018110000",
        "2018-11-01T03:00:00Z",
        "2018-12-01T02:00:00Z");
    assertRejected(
        saoPaulo,
        HOURLY,
        "2018110400",
        "`2018110400` is no hourly period in America/Sao_Paulo: hour 00 of 2018-11-04 is skipped");
  }

  @Test
  void saoPaulo2019_midnightBackTo23_hour23Repeats() {
    Timeline saoPaulo = Timeline.of(ZoneId.of("America/Sao_Paulo"));
    Period day = saoPaulo.parse(DAILY, "2019021600");
    assertPeriod(day, "2019021600", "2019-02-16T02:00:00Z", "2019-02-17T03:00:00Z");
    assertThat(saoPaulo.children(day, HOURLY)).hasSize(25);
    assertPeriod(
        saoPaulo.parse(HOURLY, "2019021623"),
        "2019021623",
        "2019-02-17T01:00:00Z",
        "2019-02-17T02:00:00Z");
    assertPeriod(
        saoPaulo.parse(HOURLY, "2019021623b"),
        "2019021623b",
        "2019-02-17T02:00:00Z",
        "2019-02-17T03:00:00Z");
  }

  @Test
  void gaza2008_skippedMidnight_dayStartsAt01() {
    Timeline gaza = Timeline.of(ZoneId.of("Asia/Gaza"));
    assertPeriod(
        gaza.parse(DAILY, "2008032800"),
        "2008032800",
        "2008-03-27T22:00:00Z",
        "2008-03-28T21:00:00Z");
    assertThat(gaza.containing(HOURLY, at("2008-03-27T22:00:00Z")).id()).isEqualTo("2008032801");
  }

  @Test
  void gaza2010_jumpFrom0001To0101_hour00LastsOneMinute() {
    Timeline gaza = Timeline.of(ZoneId.of("Asia/Gaza"));
    Period zero = gaza.parse(HOURLY, "2010032700");
    assertPeriod(zero, "2010032700", "2010-03-26T22:00:00Z", "2010-03-26T22:01:00Z");
    assertPeriod(gaza.next(zero), "2010032701", "2010-03-26T22:01:00Z", "2010-03-26T23:00:00Z");
  }

  @Test
  void chatham2026_shiftsAt0245_hoursAreCutAtTheFirstOccurrences() {
    Timeline chatham = Timeline.of(ZoneId.of("Pacific/Chatham"));
    // April: 03:45 back to 02:45, so 02:45-03:45 runs twice; no whole hour repeats.
    assertThat(chatham.children(chatham.parse(DAILY, "2026040500"), HOURLY)).hasSize(24);
    assertPeriod(
        chatham.parse(HOURLY, "2026040503"),
        "2026040503",
        "2026-04-04T13:15:00Z",
        "2026-04-04T15:15:00Z");
    assertRejected(
        chatham,
        HOURLY,
        "2026040502b",
        "`2026040502b` is no hourly period in Pacific/Chatham: hour 02 of 2026-04-05 does not repeat");
    // September: 02:45 forward to 03:45.
    assertPeriod(
        chatham.parse(HOURLY, "2026092702"),
        "2026092702",
        "2026-09-26T13:15:00Z",
        "2026-09-26T14:00:00Z");
    assertPeriod(
        chatham.parse(HOURLY, "2026092703"),
        "2026092703",
        "2026-09-26T14:00:00Z",
        "2026-09-26T14:15:00Z");
  }

  @Test
  void gooseBay2010_backFrom0001To2301_theRepeatedEveningBelongsToTheNewDay() {
    Timeline gooseBay = Timeline.of(ZoneId.of("America/Goose_Bay"));
    assertPeriod(
        gooseBay.parse(DAILY, "2010110600"),
        "2010110600",
        "2010-11-06T03:00:00Z",
        "2010-11-07T03:00:00Z");
    assertPeriod(
        gooseBay.parse(DAILY, "2010110700"),
        "2010110700",
        "2010-11-07T03:00:00Z",
        "2010-11-08T04:00:00Z");
    assertPeriod(
        gooseBay.parse(HOURLY, "2010110700"),
        "2010110700",
        "2010-11-07T03:00:00Z",
        "2010-11-07T05:00:00Z");
    // 03:30 UTC is 23:30 on the 6th, local time, for the second time.
    assertThat(gooseBay.containing(DAILY, at("2010-11-07T03:30:00Z")).id()).isEqualTo("2010110700");
  }

  @Test
  void apia2011_skippedDay_hasNoPeriod() {
    Timeline apia = Timeline.of(ZoneId.of("Pacific/Apia"));
    assertRejected(
        apia,
        DAILY,
        "2011123000",
        "`2011123000` is no daily period in Pacific/Apia: 2011-12-30 is skipped");
    assertThat(apia.next(apia.parse(DAILY, "2011122900")).id()).isEqualTo("2011123100");
    assertThat(apia.children(apia.parse(MONTHLY, "2011120000"), DAILY)).hasSize(30);
  }

  @Test
  void containing_beyondYear9999_isRejected() {
    assertThatThrownBy(() -> UTC.containing(YEARLY, at("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no period in year 10000: ids have years 0001 to 9999");
  }

  static void assertRejected(Timeline timeline, PeriodKind kind, String id, String message) {
    assertThatThrownBy(() -> timeline.parse(kind, id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(timeline.tryParse(kind, id)).isEqualTo(new PeriodParse.Rejected(id, message));
  }
}
