package io.synergy.runtime.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettableClockTest {
  private static final Instant T0 = Instant.parse("2026-03-29T00:00:00Z");

  @Test
  void now_untouched_standsStill() {
    SettableClock clock = new SettableClock(T0);

    assertThat(clock.now()).isEqualTo(T0).isEqualTo(clock.now());
  }

  @Test
  void advance_byDuration_movesNow() {
    SettableClock clock = new SettableClock(T0);

    clock.advance(Duration.ofSeconds(90));

    assertThat(clock.now()).isEqualTo(T0.plusSeconds(90));
  }

  @Test
  void set_anyInstant_becomesNow() {
    SettableClock clock = new SettableClock(T0);

    clock.set(T0.minusSeconds(5));

    assertThat(clock.now()).isEqualTo(T0.minusSeconds(5));
  }
}
