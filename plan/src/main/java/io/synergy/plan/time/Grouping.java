package io.synergy.plan.time;

import io.synergy.plan.PeriodKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code group N}: periods merged into one job (SEMANTICS.md, Periods). Within each boundary (the
 * hours of a day, the days of a month, the months of a year) the period numbered k maps to the stem
 * number {@link #stemNumber}: the smallest multiple of N at least k, capped at the boundary's last
 * number (hour 23, the month's last day, month 12); hour 00 belongs to the first group. The periods
 * that map to one stem number form a group, and the group's job covers them all: its window runs
 * from the group's first period to the end of its last, the stem.
 *
 * <p>Where the clocks change:
 *
 * <ul>
 *   <li>a repeated hour {@code Hb} belongs with its hour number H, so the stem of a group whose
 *       stem hour repeats is that hour's second occurrence, {@code Hb}: the group's last period in
 *       time;
 *   <li>when the stem's own hour is skipped (hour 02 on a spring-forward day in Europe/Berlin with
 *       {@code group 2}), the stem is the group's last period that exists (01), and its job still
 *       covers the whole group; a group none of whose periods exists has no job;
 *   <li>where the clocks go back by two hours or more (Antarctica/Troll repeats 01 and 02), a
 *       repeated hour whose number maps to an earlier group than the period before it joins that
 *       period's group instead, so that every group is one unbroken stretch of time. With repeats
 *       of one hour or less this never happens;
 *   <li>{@code group 1} is no grouping: every period, {@code Hb} included, is its own stem.
 * </ul>
 */
public final class Grouping {
  private final Timeline timeline;
  private final PeriodKind kind;
  private final int size;

  Grouping(Timeline timeline, PeriodKind kind, int size) {
    if (size < 1 || size > kind.maxGroup()) {
      throw new IllegalArgumentException(
          String.format(
              "group %d is out of range for %s periods: 1 to %d",
              size, kind.word(), kind.maxGroup()));
    }
    this.timeline = timeline;
    this.kind = kind;
    this.size = size;
  }

  public PeriodKind kind() {
    return kind;
  }

  /** N. */
  public int size() {
    return size;
  }

  /**
   * The stem number of period number {@code number} in a boundary whose last number is {@code
   * last}: the smallest multiple of {@code size} at least {@code number} (at least {@code size}, so
   * that hour 00 belongs to the first group), capped at {@code last}. With {@code size} 1 every
   * number is its own stem, hour 00 included, as in the original.
   */
  public static int stemNumber(int number, int size, int last) {
    if (size == 1) {
      return number;
    }
    int multiple = Math.max(1, Math.floorDiv(number + size - 1, size)) * size;
    return Math.min(multiple, last);
  }

  /** The stem of {@code p}'s group: the period whose job covers {@code p}. */
  public Period stem(Period p) {
    List<Period> group = group(p);
    return group.get(group.size() - 1);
  }

  /** Whether {@code p} is the stem of its group; every other period is {@code noop} at once. */
  public boolean isStem(Period p) {
    return stem(p).equals(p);
  }

  /** The periods of {@code p}'s group in time order, the stem last. */
  public List<Period> members(Period p) {
    return group(p);
  }

  /**
   * The window of the job that covers {@code p}: from its group's first period to the stem's end.
   */
  public Window window(Period p) {
    List<Period> group = group(p);
    return new Window(group.get(0), timeline.next(group.get(group.size() - 1)));
  }

  /** The stems within {@code boundary}, a period of the next coarser kind, in time order. */
  public List<Period> stems(Period boundary) {
    List<Period> stems = new ArrayList<>();
    for (List<Period> group : groups(boundary)) {
      stems.add(group.get(group.size() - 1));
    }
    return List.copyOf(stems);
  }

  private List<Period> group(Period p) {
    if (p.kind() != kind) {
      throw new IllegalArgumentException(
          String.format("period `%s` is %s, not %s", p.id(), p.kind().word(), kind.word()));
    }
    if (size == 1) {
      return List.of(p);
    }
    for (List<Period> group : groups(timeline.parent(p, boundaryKind()))) {
      if (group.contains(p)) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        String.format("period `%s` is not in %s", p.id(), timeline.zone()));
  }

  /** The groups of a boundary, each in time order, the groups in time order. */
  private List<List<Period>> groups(Period boundary) {
    if (boundary.kind() != boundaryKind()) {
      throw new IllegalArgumentException(
          String.format(
              "%s groups lie within %s periods, not %s",
              kind.word(), boundaryKind().word(), boundary.kind().word()));
    }
    List<List<Period>> groups = new ArrayList<>();
    int last = lastNumber(boundary);
    int current = 0;
    for (Period p : timeline.children(boundary, kind)) {
      int stem = stemNumber(p.label().number(), size, last);
      if (groups.isEmpty() || stem > current || size == 1) {
        groups.add(new ArrayList<>());
        current = stem;
      }
      groups.get(groups.size() - 1).add(p);
    }
    return groups.stream().map(List::copyOf).toList();
  }

  private PeriodKind boundaryKind() {
    return switch (kind) {
      case HOURLY -> PeriodKind.DAILY;
      case DAILY -> PeriodKind.MONTHLY;
      case MONTHLY -> PeriodKind.YEARLY;
      case YEARLY -> throw new IllegalArgumentException("yearly periods lie within no boundary");
    };
  }

  private int lastNumber(Period boundary) {
    return switch (kind) {
      case HOURLY -> 23;
      case DAILY -> boundary.label().date().lengthOfMonth();
      case MONTHLY -> 12;
      case YEARLY -> throw new IllegalArgumentException("yearly periods lie within no boundary");
    };
  }
}
