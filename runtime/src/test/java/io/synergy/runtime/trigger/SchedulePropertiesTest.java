package io.synergy.runtime.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import io.synergy.plan.Trigger;
import io.synergy.runtime.trigger.ScheduleGens.Moment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Schedules in UTC, Europe/Berlin, America/New_York, Asia/Kolkata and Australia/Lord_Howe from 2024
 * to 2031, half the instants near a clock change; the seed is fixed so a failure repeats.
 */
class SchedulePropertiesTest {
  private static final long SEED = 20_260_329L;

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  @Test
  void next_anyAtOrCron_isStrictlyAfterNow() {
    qt(4_000)
        .forAll(ScheduleGens.shapes(), ScheduleGens.moments())
        .checkAssert(
            (shape, now) ->
                assertThat(schedule(shape, now).next(now.instant()))
                    .hasValueSatisfying(fire -> assertThat(fire).isAfter(now.instant())));
  }

  @Test
  void next_anyEvery_isStrictlyAfterNowAndAtMostOnePeriodLater() {
    qt(2_000)
        .forAll(
            ScheduleGens.durations(),
            ScheduleGens.moments(),
            longs().between(-1_000_000, 100_000_000))
        .checkAssert(
            (every, startUp, secondsLater) -> {
              Schedule schedule = new EverySchedule(every, startUp.instant());
              Instant now = startUp.instant().plusSeconds(secondsLater);
              Instant fire = schedule.next(now).orElseThrow();
              assertThat(fire).isAfter(now);
              if (now.isBefore(startUp.instant())) {
                assertThat(fire).isEqualTo(startUp.instant());
              } else {
                assertThat(fire).isBeforeOrEqualTo(now.plus(every));
                assertThat(Duration.between(startUp.instant(), fire).toNanos() % every.toNanos())
                    .isZero();
              }
            });
  }

  @Test
  void fires_atAcrossClockChanges_nameEachLocalTimeExactlyOnce() {
    enumeratesLikeTheRule(ScheduleGens.ats(), 3_000);
  }

  @Test
  void fires_cronAcrossClockChanges_nameEachLocalTimeExactlyOnce() {
    enumeratesLikeTheRule(ScheduleGens.crons(), 2_000);
  }

  @Test
  void next_laterInstant_neverAnswersAnEarlierFire() {
    qt(4_000)
        .forAll(ScheduleGens.shapes(), ScheduleGens.moments(), laterBy())
        .checkAssert(
            (shape, now, later) -> {
              Schedule schedule = schedule(shape, now);
              Instant a = schedule.next(now.instant()).orElseThrow();
              Instant b = schedule.next(now.instant().plus(later)).orElseThrow();
              assertThat(b).isAfterOrEqualTo(a);
            });
  }

  @Test
  void fires_every_areExactlyOnePeriodApartFromStartUp() {
    qt(500)
        .forAll(ScheduleGens.durations(), ScheduleGens.moments())
        .checkAssert(
            (every, startUp) -> {
              Schedule schedule = new EverySchedule(every, startUp.instant());
              Instant last = schedule.startUpFire().orElseThrow();
              assertThat(last).isEqualTo(startUp.instant());
              for (Instant fire : Fires.after(schedule, last, 50)) {
                assertThat(Duration.between(last, fire)).isEqualTo(every);
                last = fire;
              }
            });
  }

  private static void enumeratesLikeTheRule(Gen<LocalShape> shapes, int examples) {
    qt(examples)
        .forAll(shapes, ScheduleGens.moments(), longs().between(3_600, 3 * 86_400))
        .checkAssert(
            (shape, now, window) -> {
              Instant from = now.instant();
              Instant until = from.plusSeconds(window);
              List<Instant> fires = Fires.between(schedule(shape, now), from, until);
              assertThat(fires).isEqualTo(shape.expectedFires(now.zone(), from, until));
            });
  }

  /** From a nanosecond to three days, often within an hour. */
  private static Gen<Duration> laterBy() {
    return longs()
        .between(0, 3 * 86_400_000_000_000L)
        .map(nanos -> Duration.ofNanos(nanos % 7 == 0 ? nanos : nanos % 3_600_000_000_000L));
  }

  private static Schedule schedule(LocalShape shape, Moment moment) {
    Trigger trigger = shape.trigger(moment.zone());
    return Schedule.of(trigger, moment.instant());
  }
}
