package io.synergy.plan.time;

/**
 * What reading a period id gave: the period, or why there is none ({@link
 * Timeline#tryParse(io.synergy.plan.PeriodKind, String)}).
 */
public sealed interface PeriodParse {

  /** The id names this period. */
  record Found(Period period) implements PeriodParse {}

  /**
   * The id names no period of the zone.
   *
   * @param reason lowercase, no final full stop: {@code `2026102602b` is no hourly period in
   *     Europe/Berlin: hour 02 of 2026-10-26 does not repeat}
   */
  record Rejected(String id, String reason) implements PeriodParse {}
}
