package io.synergy.plan.time;

import io.synergy.plan.PeriodKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The text of a period id without its zone: {@code YYYYMMDDHH}, the fields finer than the kind
 * zeroed, and {@code b} after the second occurrence of a repeated hour (SEMANTICS.md, Periods).
 *
 * @param month 0 for a yearly id
 * @param day 0 for a yearly or monthly id
 * @param hour 0 unless hourly
 */
record PeriodId(PeriodKind kind, int year, int month, int day, int hour, boolean repeat) {

  /** The id of the yearly, monthly or daily period whose first day is {@code date}. */
  static PeriodId calendar(PeriodKind kind, LocalDate date) {
    return switch (kind) {
      case YEARLY -> new PeriodId(kind, date.getYear(), 0, 0, 0, false);
      case MONTHLY -> new PeriodId(kind, date.getYear(), date.getMonthValue(), 0, 0, false);
      case DAILY ->
          new PeriodId(kind, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), 0, false);
      case HOURLY -> throw new IllegalArgumentException("an hourly id needs an hour");
    };
  }

  /** The id of hour {@code hour} of {@code date}, its second occurrence when {@code repeat}. */
  static PeriodId hour(LocalDate date, int hour, boolean repeat) {
    return new PeriodId(
        PeriodKind.HOURLY,
        date.getYear(),
        date.getMonthValue(),
        date.getDayOfMonth(),
        hour,
        repeat);
  }

  /** Reads {@code text} as an id of {@code kind}; the message says what is wrong. */
  static PeriodId parse(PeriodKind kind, String text) {
    boolean repeat = kind == PeriodKind.HOURLY && text.length() == 11 && text.charAt(10) == 'b';
    if (text.length() != (repeat ? 11 : 10) || !digits(text)) {
      throw invalid(kind, text, "expected " + shape(kind));
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    int month = Integer.parseInt(text, 4, 6, 10);
    int day = Integer.parseInt(text, 6, 8, 10);
    int hour = Integer.parseInt(text, 8, 10, 10);
    boolean zeroed =
        switch (kind) {
          case YEARLY -> month == 0 && day == 0 && hour == 0;
          case MONTHLY -> day == 0 && hour == 0;
          case DAILY -> hour == 0;
          case HOURLY -> true;
        };
    if (!zeroed) {
      throw invalid(kind, text, "expected " + shape(kind) + ", the finer fields zeroed");
    }
    PeriodId id = new PeriodId(kind, year, month, day, hour, repeat);
    id.checkRanges(text);
    return id;
  }

  private static boolean digits(String text) {
    for (int i = 0; i < 10; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void checkRanges(String text) {
    if (year < 1) {
      throw invalid(kind, text, "year 0000 does not exist");
    }
    if (kind != PeriodKind.YEARLY && (month < 1 || month > 12)) {
      throw invalid(kind, text, String.format(Locale.ROOT, "month %02d does not exist", month));
    }
    if (kind == PeriodKind.DAILY || kind == PeriodKind.HOURLY) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw invalid(
            kind,
            text,
            String.format(Locale.ROOT, "%04d-%02d-%02d does not exist", year, month, day));
      }
    }
    if (hour > 23) {
      throw invalid(kind, text, String.format(Locale.ROOT, "hour %02d does not exist", hour));
    }
  }

  /** The first local day of the period. */
  LocalDate date() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The id as text: {@code 2026102502b}. */
  String text() {
    StringBuilder text = new StringBuilder(11);
    text.append(year);
    while (text.length() < 4) {
      text.insert(0, '0');
    }
    for (int field : new int[] {month, day, hour}) {
      text.append((char) ('0' + field / 10)).append((char) ('0' + field % 10));
    }
    return repeat ? text.append('b').toString() : text.toString();
  }

  /** The number that {@code group N} counts: the hour, the day of the month, the month. */
  int number() {
    return switch (kind) {
      case YEARLY -> year;
      case MONTHLY -> month;
      case DAILY -> day;
      case HOURLY -> hour;
    };
  }

  private static String shape(PeriodKind kind) {
    return switch (kind) {
      case YEARLY -> "YYYY000000";
      case MONTHLY -> "YYYYMM0000";
      case DAILY -> "YYYYMMDD00";
      case HOURLY -> "YYYYMMDDHH, or YYYYMMDDHHb for a repeated hour";
    };
  }

  static IllegalArgumentException invalid(PeriodKind kind, String text, String why) {
    return new IllegalArgumentException(
        String.format("`%s` is no %s period id: %s", text, kind.word(), why));
  }
}
