package io.synergy.runtime.trigger;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.synergy.plan.Trigger.AtTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for schedule properties: zones, instants near their clock changes, triggers. */
final class ScheduleGens {
  static final List<ZoneId> ZONES =
      Arrays.stream(
              new String[] {
                "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"
              })
          .map(ZoneId::of)
          .toList();
  static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2031-12-31T00:00:00Z");
  private static final long DAY = 86_400;
  private static final Map<ZoneId, List<Instant>> CHANGES =
      ZONES.stream().collect(Collectors.toMap(Function.identity(), ScheduleGens::changes));

  private ScheduleGens() {}

  /** A zone and an instant, mostly near one of the zone's clock changes. */
  record Moment(ZoneId zone, Instant instant) {}

  static Gen<Moment> moments() {
    Gen<Long> seconds = longs().between(0, Duration.between(FROM, UNTIL).toSeconds());
    Gen<Long> nanos =
        Generate.frequency(
            pair(4, Generate.constant(0L)), pair(1, longs().between(0, 999_999_999)));
    Gen<Integer> where =
        Generate.frequency(
            pair(1, Generate.constant(0)),
            pair(2, Generate.constant(1)),
            pair(2, Generate.constant(2)));
    return zones().zip(where, integers().between(0, 1000), seconds, nanos, ScheduleGens::moment);
  }

  /** The zones with clock changes three times as often as those without. */
  private static Gen<ZoneId> zones() {
    return Generate.frequency(
        ZONES.stream()
            .map(zone -> pair(CHANGES.get(zone).isEmpty() ? 1 : 3, Generate.constant(zone)))
            .toList());
  }

  /**
   * Anywhere for {@code where} 0; else near a change: up to two days before it (so that most
   * windows cross it) for 1, within three hours either side (inside a gap or a repeated hour) for
   * 2.
   */
  private static Moment moment(ZoneId zone, int where, int pick, long seconds, long nanos) {
    List<Instant> changes = CHANGES.get(zone);
    Instant base = FROM.plusSeconds(seconds);
    if (where > 0 && !changes.isEmpty()) {
      long offset = where == 1 ? -(seconds % (2 * DAY)) : seconds % (6 * 3600) - 3 * 3600;
      base = changes.get(pick % changes.size()).plusSeconds(offset);
    }
    return new Moment(zone, base.plusNanos(nanos));
  }

  static Gen<LocalShape> shapes() {
    return Generate.oneOf(ats(), crons());
  }

  static Gen<LocalShape> ats() {
    return lists().of(atTimes()).ofSizeBetween(1, 3).map(LocalShape.At::new);
  }

  static Gen<LocalShape> crons() {
    Gen<List<Integer>> seconds =
        Generate.frequency(
            pair(3, Generate.constant(List.of(0))),
            pair(1, Generate.constant(List.of(0, 30))),
            pair(1, integers().between(0, 59).map(s -> List.of(s))));
    Gen<List<Integer>> minutes = sortedDistinct(lists().of(minutesBiased()).ofSizeBetween(1, 3));
    Gen<List<Integer>> hours =
        Generate.frequency(
            pair(2, sortedDistinct(lists().of(hoursBiased()).ofSizeBetween(1, 3))),
            pair(1, Generate.constant(IntStream.range(0, 24).boxed().toList())),
            pair(1, Generate.constant(List.of(0, 1, 2, 3))));
    return seconds.zip(minutes, hours, days(), LocalShape.Cron::new);
  }

  /** {@code every}: from one second to a day, now and then with milliseconds. */
  static Gen<Duration> durations() {
    return Generate.frequency(
        pair(1, Generate.constant(Duration.ofSeconds(90))),
        pair(3, longs().between(1, DAY).map(s -> Duration.ofSeconds(s))),
        pair(1, longs().between(1_000, 100_000).map(ms -> Duration.ofMillis(ms))));
  }

  private static Gen<AtTime> atTimes() {
    Gen<Integer> seconds =
        Generate.frequency(pair(5, Generate.constant(0)), pair(1, integers().between(0, 59)));
    return days()
        .zip(
            hoursBiased(),
            minutesBiased(),
            seconds,
            (days, h, m, s) -> new AtTime(days, LocalTime.of(h, m, s)));
  }

  /** Weekdays: all seven half the time, else any non-empty set. */
  private static Gen<List<DayOfWeek>> days() {
    Gen<Integer> masks =
        Generate.frequency(pair(1, Generate.constant(127)), pair(1, integers().between(1, 127)));
    return masks.map(
        mask ->
            Arrays.stream(DayOfWeek.values())
                .filter(d -> (mask & (1 << (d.getValue() - 1))) != 0)
                .toList());
  }

  /** Hours, mostly those where clocks change (1 and 2, else 0 to 3). */
  private static Gen<Integer> hoursBiased() {
    return Generate.frequency(
        pair(3, integers().between(1, 2)),
        pair(1, integers().between(0, 3)),
        pair(1, integers().between(0, 23)));
  }

  private static Gen<Integer> minutesBiased() {
    return Generate.frequency(
        pair(3, Generate.pick(List.of(0, 15, 30, 45))), pair(1, integers().between(0, 59)));
  }

  private static Gen<List<Integer>> sortedDistinct(Gen<List<Integer>> values) {
    return values.map(v -> v.stream().distinct().sorted().toList());
  }

  private static <T> org.quicktheories.api.Pair<Integer, Gen<T>> pair(int weight, Gen<T> gen) {
    return org.quicktheories.api.Pair.of(weight, gen);
  }

  private static List<Instant> changes(ZoneId zone) {
    List<Instant> changes = new ArrayList<>();
    ZoneOffsetTransition change = zone.getRules().nextTransition(FROM);
    while (change != null && change.getInstant().isBefore(UNTIL)) {
      changes.add(change.getInstant());
      change = zone.getRules().nextTransition(change.getInstant());
    }
    return changes;
  }
}
