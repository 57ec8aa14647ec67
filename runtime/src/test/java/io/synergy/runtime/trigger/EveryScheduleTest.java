package io.synergy.runtime.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synergy.plan.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EveryScheduleTest {
  private static final Instant START = Instant.parse("2026-03-29T00:59:00Z");
  private static final Schedule EVERY_90S =
      Schedule.of(new Trigger.Every(Duration.ofSeconds(90), ZoneId.of("Europe/Berlin")), START);

  @Test
  void startUpFire_every_isTheStartUpInstant() {
    assertThat(EVERY_90S.startUpFire()).contains(START);
  }

  @Test
  void next_fromStartUp_firesEvery90sThroughTheClockChange() {
    assertThat(Fires.after(EVERY_90S, START, 3))
        .containsExactly(
            Instant.parse("2026-03-29T01:00:30Z"),
            Instant.parse("2026-03-29T01:02:00Z"),
            Instant.parse("2026-03-29T01:03:30Z"));
  }

  @Test
  void next_betweenFires_isTheFollowingFire() {
    assertThat(EVERY_90S.next(START.plusSeconds(1))).contains(START.plusSeconds(90));
    assertThat(EVERY_90S.next(START.plusSeconds(90))).contains(START.plusSeconds(180));
    assertThat(EVERY_90S.next(START.plusSeconds(179).plusNanos(999_999_999)))
        .contains(START.plusSeconds(180));
  }

  @Test
  void next_beforeStartUp_isTheStartUpFire() {
    assertThat(EVERY_90S.next(START.minusSeconds(3600))).contains(START);
  }

  @Test
  void new_underOneSecond_isRejected() {
    assertThatThrownBy(() -> new EverySchedule(Duration.ofMillis(999), START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every needs at least 1s, got PT0.999S");
  }
}
