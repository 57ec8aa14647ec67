package io.synergy.plan.time;

import io.synergy.plan.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods of one time zone (SEMANTICS.md, Periods): which period holds an instant, what an id
 * names, the neighbours, parent and children of a period, and {@code group N}.
 *
 * <p>A day, month or year runs from the first instant of its first local day to the first instant
 * of the next one. That first instant is local midnight, or, where the clocks skip midnight
 * (America/Sao_Paulo until 2019, Asia/Gaza), the instant they jump to 01:00. A day the clocks skip
 * entirely (Pacific/Apia, 2011-12-30) has no period. The hours of a day are described in {@link
 * DayHours}: 23, 24 or 25 of them where the clocks change by an hour.
 *
 * <p>An instant before year 0001 or after 9999 has no period; asking for one is an {@link
 * IllegalArgumentException}, as is any period of another zone.
 */
public final class Timeline {
  private static final DateTimeFormatter FREERUN =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final ZoneId zone;
  private final LocalTimes times;

  private Timeline(ZoneId zone) {
    this.zone = zone;
    this.times = new LocalTimes(zone.getRules());
  }

  /** The timeline of {@code zone}, such as {@code Settings.timezone()}. */
  public static Timeline of(ZoneId zone) {
    return new Timeline(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The period of {@code kind} that contains {@code t}. */
  public Period containing(PeriodKind kind, Instant t) {
    if (kind == PeriodKind.HOURLY) {
      List<Period> hours = hoursOf(containing(PeriodKind.DAILY, t));
      for (int i = hours.size() - 1; i > 0; i--) {
        if (!t.isBefore(hours.get(i).start())) {
          return hours.get(i);
        }
      }
      return hours.get(0);
    }
    LocalDate first = firstDay(kind, LocalDate.ofInstant(t, zone));
    while (!t.isBefore(startOf(following(kind, first)))) {
      first = following(kind, first);
    }
    while (t.isBefore(startOf(first))) {
      first = firstDay(kind, first.minusDays(1));
    }
    return calendarPeriod(kind, first).orElseThrow();
  }

  /**
   * The period that {@code id} names.
   *
   * @throws IllegalArgumentException when the id is malformed or names no period of this zone
   *     ({@code 2026102602b} in Europe/Berlin: 02:00 repeats on 2026-10-25, not on the 26th)
   */
  public Period parse(PeriodKind kind, String id) {
    PeriodId label = PeriodId.parse(kind, id);
    if (kind != PeriodKind.HOURLY) {
      return calendarPeriod(kind, label.date())
          .orElseThrow(() -> noPeriod(kind, id, label.date() + " is skipped"));
    }
    Period day =
        calendarPeriod(PeriodKind.DAILY, label.date())
            .orElseThrow(() -> noPeriod(kind, id, label.date() + " is skipped"));
    return hoursOf(day).stream()
        .filter(hour -> hour.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                noPeriod(
                    kind,
                    id,
                    String.format(
                        "hour %s of %s %s",
                        id.substring(8, 10),
                        label.date(),
                        label.repeat() ? "does not repeat" : "is skipped")));
  }

  /** {@link #parse}, with the reason as a value rather than an exception. */
  public PeriodParse tryParse(PeriodKind kind, String id) {
    try {
      return new PeriodParse.Found(parse(kind, id));
    } catch (IllegalArgumentException e) {
      return new PeriodParse.Rejected(id, e.getMessage());
    }
  }

  /** The period of the same kind that starts where {@code p} ends. */
  public Period next(Period p) {
    return containing(own(p).kind(), p.end());
  }

  /** The period of the same kind that ends where {@code p} starts. */
  public Period previous(Period p) {
    return containing(own(p).kind(), p.start().minusNanos(1));
  }

  /** The period of the coarser kind {@code coarser} that contains {@code p}. */
  public Period parent(Period p, PeriodKind coarser) {
    if (!coarser.coarserThan(own(p).kind())) {
      throw new IllegalArgumentException(
          String.format("%s is not coarser than %s", coarser.word(), p.kind().word()));
    }
    return containing(coarser, p.start());
  }

  /** The periods of the finer kind {@code finer} that partition {@code p}, in time order. */
  public List<Period> children(Period p, PeriodKind finer) {
    if (!own(p).kind().coarserThan(finer)) {
      throw new IllegalArgumentException(
          String.format("%s is not finer than %s", finer.word(), p.kind().word()));
    }
    if (finer == PeriodKind.HOURLY) {
      List<Period> days = p.kind() == PeriodKind.DAILY ? List.of(p) : children(p, PeriodKind.DAILY);
      List<Period> hours = new ArrayList<>(days.size() * 24);
      days.forEach(day -> hours.addAll(hoursOf(day)));
      return List.copyOf(hours);
    }
    List<Period> children = new ArrayList<>();
    LocalDate after = following(p.kind(), p.label().date());
    for (LocalDate first = p.label().date();
        first.isBefore(after);
        first = following(finer, first)) {
      calendarPeriod(finer, first).ifPresent(children::add);
    }
    return List.copyOf(children);
  }

  /** The window of the job of {@code p} when it is not grouped: {@code p} alone. */
  public Window window(Period p) {
    return new Window(p, next(p));
  }

  /** {@code group size} over the periods of {@code kind}. */
  public Grouping grouping(PeriodKind kind, int size) {
    return new Grouping(this, kind, size);
  }

  /** The id of a freerun unit of work posted at {@code t}: {@code YYYYMMDDHHMMSS} in UTC. */
  public static String freerunId(Instant t) {
    return FREERUN.format(t);
  }

  private List<Period> hoursOf(Period day) {
    return DayHours.of(times, day, zone);
  }

  private Optional<Period> calendarPeriod(PeriodKind kind, LocalDate first) {
    if (first.getYear() < 1 || first.getYear() > 9999) {
      throw new IllegalArgumentException(
          String.format("no period in year %d: ids have years 0001 to 9999", first.getYear()));
    }
    Instant start = startOf(first);
    Instant end = startOf(following(kind, first));
    if (!start.isBefore(end)) {
      return Optional.empty();
    }
    return Optional.of(new Period(kind, PeriodId.calendar(kind, first).text(), start, end, zone));
  }

  private Instant startOf(LocalDate day) {
    return times.firstAtOrAfter(day.atStartOfDay());
  }

  private static LocalDate firstDay(PeriodKind kind, LocalDate day) {
    return switch (kind) {
      case YEARLY -> day.withDayOfYear(1);
      case MONTHLY -> day.withDayOfMonth(1);
      case DAILY, HOURLY -> day;
    };
  }

  private static LocalDate following(PeriodKind kind, LocalDate first) {
    return switch (kind) {
      case YEARLY -> first.plusYears(1);
      case MONTHLY -> first.plusMonths(1);
      case DAILY, HOURLY -> first.plusDays(1);
    };
  }

  private Period own(Period p) {
    if (!p.zone().equals(zone)) {
      throw new IllegalArgumentException(
          String.format("period `%s` is in %s, not in %s", p.id(), p.zone(), zone));
    }
    return p;
  }

  private IllegalArgumentException noPeriod(PeriodKind kind, String id, String why) {
    return new IllegalArgumentException(
        String.format("`%s` is no %s period in %s: %s", id, kind.word(), zone, why));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline other && other.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return "Timeline " + zone;
  }
}
