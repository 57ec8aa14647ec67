package io.synergy.plan.time;

import static io.synergy.plan.PeriodKind.DAILY;
import static io.synergy.plan.PeriodKind.HOURLY;
import static io.synergy.plan.time.TimelineTest.BERLIN;
import static io.synergy.plan.time.TimelineTest.UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

  @Test
  void new_emptyInterval_isRejected() {
    assertThatThrownBy(() -> new Period(HOURLY, "2026120312", NOON, NOON, ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period `2026120312` is empty: it starts at 2026-12-03T12:00:00Z and ends at"
                + " 2026-12-03T12:00:00Z");
  }

  @Test
  void new_idOfTheWrongShape_isRejected() {
    assertThatThrownBy(
            () -> new Period(DAILY, "2026120312", NOON, NOON.plusSeconds(1), ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("`2026120312` is no daily period id");
  }

  @Test
  void toString_showsKindIdIntervalAndZone() {
    assertThat(BERLIN.parse(HOURLY, "2026102502b"))
        .hasToString(
            "hourly 2026102502b [2026-10-25T01:00:00Z, 2026-10-25T02:00:00Z) Europe/Berlin");
  }

  @Test
  void window_endingBeforeItsFirstPeriod_isRejected() {
    Period noon = UTC.parse(HOURLY, "2026120312");
    assertThatThrownBy(() -> new Window(noon, UTC.previous(noon)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Window(noon, UTC.parse(DAILY, "2026120400")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void window_contains_isHalfOpen() {
    Window w = UTC.window(UTC.parse(HOURLY, "2026120312"));
    assertThat(w.contains(NOON)).isTrue();
    assertThat(w.contains(NOON.plusSeconds(3600))).isFalse();
    assertThat(w.contains(NOON.minusNanos(1))).isFalse();
  }
}
