package io.synergy.plan.time;

import static org.quicktheories.QuickTheory.qt;

import io.synergy.plan.PeriodKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The period laws (see {@link PeriodLaws}) in five zones, over instants from 2019 to 2030: spread
 * uniformly, within three hours of a clock change, and on the half hours of the 30 hours either
 * side of one. The last test sweeps every clock change of the five zones in that time.
 */
class TimelinePropertiesTest {
  private static final long SEED = 20261204L;
  private static final int EXAMPLES = 1000;
  private static final int SHRINKS = 200;
  private static final Instant FROM = Instant.parse("2019-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");
  private static final List<Timeline> TIMELINES =
      List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe")
          .stream()
          .map(z -> Timeline.of(ZoneId.of(z)))
          .toList();

  /** A timeline and an instant on it. */
  record Case(Timeline timeline, Instant instant) {
    @Override
    public String toString() {
      return timeline.zone() + " at " + instant;
    }
  }

  @Test
  void containing_anyInstant_holdsItAndStartsAtItsLabel() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(SHRINKS)
        .withExamples(EXAMPLES * 4)
        .forAll(cases())
        .checkAssert(
            c -> {
              for (PeriodKind kind : PeriodKind.values()) {
                PeriodLaws.containingHoldsIt(c.timeline(), kind, c.instant());
              }
            });
  }

  @Test
  void nextAndPrevious_anyPeriod_areContiguousInverses() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(SHRINKS)
        .withExamples(EXAMPLES * 4)
        .forAll(cases(), Generate.enumValues(PeriodKind.class))
        .checkAssert(
            (c, kind) ->
                PeriodLaws.neighbours(c.timeline(), c.timeline().containing(kind, c.instant())));
  }

  @Test
  void parse_idOfAnyPeriod_givesThePeriodBack() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(SHRINKS)
        .withExamples(EXAMPLES * 4)
        .forAll(cases(), Generate.enumValues(PeriodKind.class))
        .checkAssert(
            (c, kind) ->
                PeriodLaws.idRoundTrips(c.timeline(), c.timeline().containing(kind, c.instant())));
  }

  @Test
  void children_anyCoarserPeriod_partitionItAndNameItTheirParent() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(SHRINKS)
        .withExamples(EXAMPLES)
        .forAll(cases(), kindPairs())
        .checkAssert(
            (c, pair) ->
                PeriodLaws.childrenPartition(
                    c.timeline(), c.timeline().containing(pair.get(0), c.instant()), pair.get(1)));
  }

  @Test
  void groups_anyBoundaryAndSize_windowsAreWholePeriodsThatPartitionIt() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(SHRINKS)
        .withExamples(EXAMPLES)
        .forAll(cases(), groupings())
        .checkAssert(
            (c, g) -> PeriodLaws.groupsPartition(c.timeline(), g.kind(), g.size(), c.instant()));
  }

  @Test
  void everyClockChange_allLaws_holdAroundIt() {
    for (Timeline timeline : TIMELINES) {
      for (ZoneOffsetTransition change : changes(timeline)) {
        for (int quarter = -8; quarter <= 8; quarter++) {
          Instant t = change.getInstant().plus(Duration.ofMinutes(15L * quarter));
          PeriodLaws.periodsAt(timeline, t);
          PeriodLaws.periodsAt(timeline, t.minusNanos(1));
        }
        PeriodLaws.treesAndHourGroupsAt(timeline, change.getInstant());
        PeriodLaws.dayHasAboutTwentyFourHours(timeline, change.getInstant());
      }
    }
  }

  /** A kind and a size of {@code group N} for it. */
  record GroupCase(PeriodKind kind, int size) {}

  private static Gen<GroupCase> groupings() {
    return Generate.pick(PeriodLaws.GROUPED)
        .flatMap(kind -> Generate.range(1, kind.maxGroup()).map(n -> new GroupCase(kind, n)));
  }

  private static Gen<List<PeriodKind>> kindPairs() {
    List<List<PeriodKind>> pairs = new ArrayList<>();
    for (PeriodKind coarser : PeriodKind.values()) {
      for (PeriodKind finer : PeriodKind.values()) {
        if (coarser.coarserThan(finer)) {
          pairs.add(List.of(coarser, finer));
        }
      }
    }
    return Generate.pick(pairs);
  }

  private static Gen<Case> cases() {
    return Generate.pick(TIMELINES).flatMap(TimelinePropertiesTest::instantsOn);
  }

  private static Gen<Case> instantsOn(Timeline timeline) {
    Gen<Instant> uniform =
        Generate.longRange(FROM.getEpochSecond(), TO.getEpochSecond() - 1)
            .map((Long s) -> Instant.ofEpochSecond(s));
    List<ZoneOffsetTransition> changes = changes(timeline);
    if (changes.isEmpty()) {
      return uniform.map(t -> new Case(timeline, t));
    }
    long hours = Duration.ofHours(3).toSeconds();
    Gen<Instant> near =
        Generate.pick(changes)
            .zip(
                Generate.longRange(-hours, hours),
                (change, s) -> change.getInstant().plusSeconds(s));
    Gen<Instant> onTheHalfHour =
        Generate.pick(changes)
            .zip(
                Generate.range(-60, 60), (change, k) -> change.getInstant().plusSeconds(1800L * k));
    return Generate.frequency(Pair.of(2, uniform), Pair.of(2, near), Pair.of(1, onTheHalfHour))
        .map(t -> new Case(timeline, t));
  }

  /** The zone's clock changes from 2019 to 2030. */
  static List<ZoneOffsetTransition> changes(Timeline timeline) {
    List<ZoneOffsetTransition> changes = new ArrayList<>();
    ZoneOffsetTransition change = timeline.zone().getRules().nextTransition(FROM);
    while (change != null && change.getInstant().isBefore(TO)) {
      changes.add(change);
      change = timeline.zone().getRules().nextTransition(change.getInstant());
    }
    return changes;
  }
}
