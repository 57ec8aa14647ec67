package io.synergy.plan.time;

import static io.synergy.plan.PeriodKind.DAILY;
import static io.synergy.plan.PeriodKind.HOURLY;
import static io.synergy.plan.PeriodKind.MONTHLY;
import static io.synergy.plan.PeriodKind.YEARLY;
import static io.synergy.plan.time.TimelineTest.BERLIN;
import static io.synergy.plan.time.TimelineTest.UTC;
import static io.synergy.plan.time.TimelineTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupingTest {

  @Test
  void stemNumber_hourlyThree_isTheNextMultipleCappedAt23() {
    assertThat(IntStream.rangeClosed(0, 23).map(h -> Grouping.stemNumber(h, 3, 23)).toArray())
        .containsExactly(
            3, 3, 3, 3, 6, 6, 6, 9, 9, 9, 12, 12, 12, 15, 15, 15, 18, 18, 18, 21, 21, 21, 23, 23);
  }

  @Test
  void stemNumber_groupOne_isEveryNumberItselfHour00Included() {
    assertThat(Grouping.stemNumber(0, 1, 23)).isZero();
    assertThat(Grouping.stemNumber(17, 1, 23)).isEqualTo(17);
  }

  @Test
  void hourlyThree_stemsOfADay_are03To21And23() {
    Grouping g = UTC.grouping(HOURLY, 3);
    assertThat(ids(g.stems(UTC.parse(DAILY, "2026120100"))))
        .containsExactly(
            "2026120103",
            "2026120106",
            "2026120109",
            "2026120112",
            "2026120115",
            "2026120118",
            "2026120121",
            "2026120123");
  }

  @Test
  void hourlyThree_firstStem_coversHour00To04() {
    Grouping g = UTC.grouping(HOURLY, 3);
    Period stem = UTC.parse(HOURLY, "2026120103");
    Window w = g.window(stem);
    assertThat(w.startId()).isEqualTo("2026120100");
    assertThat(w.endId()).isEqualTo("2026120104");
    assertThat(ids(g.members(stem)))
        .containsExactly("2026120100", "2026120101", "2026120102", "2026120103");
    assertThat(g.stem(UTC.parse(HOURLY, "2026120100"))).isEqualTo(stem);
    assertThat(g.isStem(stem)).isTrue();
    assertThat(g.isStem(UTC.parse(HOURLY, "2026120102"))).isFalse();
    assertThat(g.window(UTC.parse(HOURLY, "2026120101"))).isEqualTo(w);
  }

  @Test
  void hourlyThree_lastStem_covers22And23() {
    Grouping g = UTC.grouping(HOURLY, 3);
    Window w = g.window(UTC.parse(HOURLY, "2026120123"));
    assertThat(w.startId()).isEqualTo("2026120122");
    assertThat(w.endId()).isEqualTo("2026120200");
  }

  @Test
  void dailySeven_february2015_stemsAre07To28() {
    Grouping g = UTC.grouping(DAILY, 7);
    assertThat(ids(g.stems(UTC.parse(MONTHLY, "2015020000"))))
        .containsExactly("2015020700", "2015021400", "2015022100", "2015022800");
    Window last = g.window(UTC.parse(DAILY, "2015022800"));
    assertThat(last.startId()).isEqualTo("2015022200");
    assertThat(last.endId()).isEqualTo("2015030100");
  }

  @Test
  void dailySeven_march2015_lastStemIsThe31st() {
    Grouping g = UTC.grouping(DAILY, 7);
    assertThat(ids(g.stems(UTC.parse(MONTHLY, "2015030000"))))
        .containsExactly("2015030700", "2015031400", "2015032100", "2015032800", "2015033100");
    assertThat(g.stem(UTC.parse(DAILY, "2015032900")).id()).isEqualTo("2015033100");
  }

  @Test
  void monthlyThree_stemsAreQuarterEnds() {
    Grouping g = UTC.grouping(MONTHLY, 3);
    assertThat(ids(g.stems(UTC.parse(YEARLY, "2026000000"))))
        .containsExactly("2026030000", "2026060000", "2026090000", "2026120000");
    Window q1 = g.window(UTC.parse(MONTHLY, "2026020000"));
    assertThat(q1.startId()).isEqualTo("2026010000");
    assertThat(q1.endId()).isEqualTo("2026040000");
  }

  @Test
  void groupOne_everyPeriodIsItsOwnStem() {
    Grouping g = BERLIN.grouping(HOURLY, 1);
    Period repeat = BERLIN.parse(HOURLY, "2026102502b");
    assertThat(g.stem(repeat)).isEqualTo(repeat);
    assertThat(g.window(repeat)).isEqualTo(BERLIN.window(repeat));
    assertThat(g.stems(BERLIN.parse(DAILY, "2026102500"))).hasSize(25);
    Grouping yearly = UTC.grouping(YEARLY, 1);
    assertThat(yearly.stem(UTC.parse(YEARLY, "2026000000")).id()).isEqualTo("2026000000");
  }

  @Test
  void berlinSpring_stemHourSkipped_stemIsTheGroupsLastHour() {
    Grouping g = BERLIN.grouping(HOURLY, 2);
    assertThat(ids(g.stems(BERLIN.parse(DAILY, "2026032900"))))
        .startsWith("2026032901", "2026032904", "2026032906")
        .endsWith("2026032922", "2026032923");
    Window first = g.window(BERLIN.parse(HOURLY, "2026032900"));
    assertThat(first.startId()).isEqualTo("2026032900");
    assertThat(first.endId()).isEqualTo("2026032903");
    assertThat(ids(g.members(BERLIN.parse(HOURLY, "2026032903"))))
        .containsExactly("2026032903", "2026032904");
  }

  @Test
  void berlinAutumn_repeatedHourBelongsWithItsNumber() {
    Grouping three = BERLIN.grouping(HOURLY, 3);
    Period stem = BERLIN.parse(HOURLY, "2026102503");
    assertThat(ids(three.members(stem)))
        .containsExactly("2026102500", "2026102501", "2026102502", "2026102502b", "2026102503");
    assertThat(three.window(stem).end()).isEqualTo(stem.end());
    assertThat(three.window(stem).start()).isEqualTo(BERLIN.parse(DAILY, "2026102500").start());

    Grouping two = BERLIN.grouping(HOURLY, 2);
    assertThat(two.stem(BERLIN.parse(HOURLY, "2026102502")).id()).isEqualTo("2026102502b");
    Window w = two.window(BERLIN.parse(HOURLY, "2026102500"));
    assertThat(w.startId()).isEqualTo("2026102500");
    assertThat(w.endId()).isEqualTo("2026102503");
  }

  @Test
  void casey2012_threeHoursRepeat_laterGroupKeepsTheRepeatsSoGroupsStayUnbroken() {
    // 2012-02-22 04:00 +11 back to 01:00 +08: hours 01, 02, 03 run twice.
    Timeline casey = Timeline.of(ZoneId.of("Antarctica/Casey"));
    Grouping two = casey.grouping(HOURLY, 2);
    Period day = casey.parse(DAILY, "2012022200");
    assertThat(ids(casey.children(day, HOURLY)).subList(0, 8))
        .containsExactly(
            "2012022200",
            "2012022201",
            "2012022202",
            "2012022203",
            "2012022201b",
            "2012022202b",
            "2012022203b",
            "2012022204");
    assertThat(ids(two.members(casey.parse(HOURLY, "2012022201"))))
        .containsExactly("2012022200", "2012022201", "2012022202");
    assertThat(ids(two.members(casey.parse(HOURLY, "2012022201b"))))
        .containsExactly("2012022203", "2012022201b", "2012022202b", "2012022203b", "2012022204");
  }

  @Test
  void grouping_sizeOutOfRange_isRejected() {
    assertThatThrownBy(() -> UTC.grouping(HOURLY, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group 24 is out of range for hourly periods: 1 to 23");
    assertThatThrownBy(() -> UTC.grouping(DAILY, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UTC.grouping(YEARLY, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void grouping_periodOfAnotherKind_isRejected() {
    assertThatThrownBy(() -> UTC.grouping(HOURLY, 3).stem(UTC.parse(DAILY, "2026120100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period `2026120100` is daily, not hourly");
    assertThatThrownBy(() -> UTC.grouping(HOURLY, 3).stems(UTC.parse(MONTHLY, "2026120000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hourly groups lie within daily periods, not monthly");
  }
}
