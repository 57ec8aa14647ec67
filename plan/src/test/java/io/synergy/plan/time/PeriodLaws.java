package io.synergy.plan.time;

import io.synergy.plan.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The laws every timeline keeps, checked at one instant; shared by the property tests. The checks
 * are plain comparisons (no assertion library) because the sweeps make millions of them.
 */
final class PeriodLaws {
  private PeriodLaws() {}

  static final List<PeriodKind> GROUPED =
      List.of(PeriodKind.HOURLY, PeriodKind.DAILY, PeriodKind.MONTHLY);

  /** The laws of single periods, of every kind, at {@code t}. */
  static void periodsAt(Timeline timeline, Instant t) {
    for (PeriodKind kind : PeriodKind.values()) {
      containingHoldsIt(timeline, kind, t);
      neighbours(timeline, timeline.containing(kind, t));
      idRoundTrips(timeline, timeline.containing(kind, t));
    }
  }

  /**
   * The laws of children, for every pair of kinds, and of every hourly {@code group N}, for the
   * periods that contain {@code t}.
   */
  static void treesAndHourGroupsAt(Timeline timeline, Instant t) {
    for (PeriodKind coarser : PeriodKind.values()) {
      for (PeriodKind finer : PeriodKind.values()) {
        if (coarser.coarserThan(finer)) {
          childrenPartition(timeline, timeline.containing(coarser, t), finer);
        }
      }
    }
    for (int size = 1; size <= PeriodKind.HOURLY.maxGroup(); size++) {
      groupsPartition(timeline, PeriodKind.HOURLY, size, t);
    }
  }

  /**
   * {@code containing(kind, t)} contains t, is live at t, starts at its id's local time, and its id
   * names t's local hour, day, month or year. The last holds where the clocks repeat whole hours,
   * or stretches within one hour and one day, as in the five zones of the property tests; it fails
   * by design where a repeat straddles an hour (Pacific/Chatham, 02:45 to 03:45) or midnight
   * (America/Goose_Bay until 2010, 23:01 to 00:01): see docs/semantics.md.
   */
  static void containingHoldsIt(Timeline timeline, PeriodKind kind, Instant t) {
    Period p = timeline.containing(kind, t);
    expect(p.kind(), kind, "kind of %s", p);
    expect(p.zone(), timeline.zone(), "zone of %s", p);
    expect(p.contains(t), true, "%s contains %s", p, t);
    expect(p.tense(t), Tense.LIVE, "tense of %s at %s", p, t);
    LocalDateTime local = LocalDateTime.ofInstant(p.start(), timeline.zone());
    PeriodId label = p.label();
    expect(local.toLocalDate(), label.date(), "local start date of %s", p);
    if (kind == PeriodKind.HOURLY) {
      expect(local.getHour(), label.hour(), "local start hour of %s", p);
    }
    LocalDateTime localT = LocalDateTime.ofInstant(t, timeline.zone());
    LocalDate day = localT.toLocalDate();
    LocalDate first =
        switch (kind) {
          case YEARLY -> day.withDayOfYear(1);
          case MONTHLY -> day.withDayOfMonth(1);
          case DAILY, HOURLY -> day;
        };
    expect(label.date(), first, "%s holds %s, local %s", p, t, localT);
    if (kind == PeriodKind.HOURLY) {
      expect(label.hour(), localT.getHour(), "%s holds %s, local %s", p, t, localT);
    }
  }

  /** {@code next} and {@code previous} are contiguous and undo each other. */
  static void neighbours(Timeline timeline, Period p) {
    Period next = timeline.next(p);
    Period previous = timeline.previous(p);
    expect(next.start(), p.end(), "start of next(%s) = %s", p, next);
    expect(previous.end(), p.start(), "end of previous(%s) = %s", p, previous);
    expect(timeline.previous(next), p, "previous(next(%s))", p);
    expect(timeline.next(previous), p, "next(previous(%s))", p);
    expect(next.tense(p.start()), Tense.FUTURE, "tense of %s at %s", next, p.start());
    expect(previous.tense(p.start()), Tense.PAST, "tense of %s at %s", previous, p.start());
    expect(next.id().equals(p.id()), false, "next(%s) = %s has the same id", p, next);
  }

  /** {@code parse(p.id()) == p}. */
  static void idRoundTrips(Timeline timeline, Period p) {
    expect(timeline.parse(p.kind(), p.id()), p, "parse(%s)", p.id());
    expect(timeline.tryParse(p.kind(), p.id()), new PeriodParse.Found(p), "tryParse(%s)", p.id());
  }

  /** The children of {@code p} tile it, in order, and each names {@code p} its parent. */
  static void childrenPartition(Timeline timeline, Period p, PeriodKind finer) {
    List<Period> children = timeline.children(p, finer);
    expect(children.isEmpty(), false, "%s children of %s", finer.word(), p);
    Instant tiled = p.start();
    for (Period child : children) {
      expect(child.kind(), finer, "kind of child %s", child);
      expect(child.start(), tiled, "start of child %s of %s", child, p);
      expect(timeline.parent(child, p.kind()), p, "parent of %s", child);
      tiled = child.end();
    }
    expect(tiled, p.end(), "end of the last %s child of %s", finer.word(), p);
  }

  /** Where the clocks move by an hour at most, a day has 23, 24 or 25 hours. */
  static void dayHasAboutTwentyFourHours(Timeline timeline, Instant t) {
    Period day = timeline.containing(PeriodKind.DAILY, t);
    int hours = timeline.children(day, PeriodKind.HOURLY).size();
    expect(hours >= 23 && hours <= 25, true, "%d hours in %s", hours, day);
  }

  /**
   * With {@code group size}, the windows of the stems of the boundary around {@code t} tile it,
   * each window is its group's whole periods, in order, each naming the stem, and no stem number
   * has two stems.
   */
  static void groupsPartition(Timeline timeline, PeriodKind kind, int size, Instant t) {
    Grouping grouping = timeline.grouping(kind, size);
    Period boundary = timeline.parent(timeline.containing(kind, t), boundaryOf(kind));
    List<Period> stems = grouping.stems(boundary);
    Instant covered = boundary.start();
    int stemNumber = 0;
    for (Period stem : stems) {
      int number = Grouping.stemNumber(stem.label().number(), size, lastNumber(kind, boundary));
      if (size > 1) {
        expect(
            number > stemNumber, true, "group %d: %s after stem number %d", size, stem, stemNumber);
      }
      stemNumber = number;
      Window window = grouping.window(stem);
      expect(window.start(), covered, "group %d: start of the window of %s", size, stem);
      expect(
          timeline.containing(kind, window.start()), window.first(), "group %d: %s", size, window);
      expect(window.after(), timeline.next(stem), "group %d: window of %s", size, stem);
      expect(grouping.isStem(stem), true, "group %d: %s is a stem", size, stem);
      Instant tiled = window.start();
      for (Period member : grouping.members(stem)) {
        expect(member.start(), tiled, "group %d: start of member %s", size, member);
        expect(grouping.stem(member), stem, "group %d: stem of %s", size, member);
        tiled = member.end();
      }
      expect(tiled, window.end(), "group %d: end of the window of %s", size, stem);
      covered = window.end();
    }
    expect(covered, boundary.end(), "group %d: end of the windows of %s", size, boundary);
    if (size == 1) {
      expect(stems, timeline.children(boundary, kind), "group 1: stems of %s", boundary);
    }
  }

  private static int lastNumber(PeriodKind kind, Period boundary) {
    return switch (kind) {
      case HOURLY -> 23;
      case DAILY -> boundary.label().date().lengthOfMonth();
      case MONTHLY, YEARLY -> 12;
    };
  }

  static PeriodKind boundaryOf(PeriodKind kind) {
    return switch (kind) {
      case HOURLY -> PeriodKind.DAILY;
      case DAILY -> PeriodKind.MONTHLY;
      case MONTHLY, YEARLY -> PeriodKind.YEARLY;
    };
  }

  private static void expect(Object actual, Object expected, String what, Object... args) {
    if (!Objects.equals(actual, expected)) {
      throw new AssertionError(
          String.format(what, args) + ": expected " + expected + " but was " + actual);
    }
  }
}
