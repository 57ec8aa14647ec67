package io.synergy.compiler.ast;

import io.synergy.compiler.diag.Span;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/** When a process runs: {@code every}, {@code at} or {@code cron}, optionally {@code in "Zone"}. */
public sealed interface Trigger extends Node {
  /** The {@code in "Zone/Name"} suffix, when given. */
  Optional<StringLit> zone();

  /** {@code every DURATION}. */
  record Every(DurationLit every, Optional<StringLit> zone, Span span) implements Trigger {}

  /**
   * {@code at DAYS? TIME (, DAYS? TIME)*}; the list may be empty (an error found by the checker).
   */
  record At(List<AtTime> times, Optional<StringLit> zone, Span span) implements Trigger {
    public At {
      times = List.copyOf(times);
    }
  }

  /** {@code cron "EXPR"}. */
  record Cron(StringLit expression, Optional<StringLit> zone, Span span) implements Trigger {}

  /** One entry of an {@code at} list: optional days, then a local time. */
  record AtTime(Optional<DayRange> days, TimeLit time, Span span) implements Node {}

  /** {@code Mon} or {@code Mon-Fri}; wrapping ranges such as {@code Fri-Mon} are allowed. */
  record DayRange(DayLit first, Optional<DayLit> last, Span span) implements Node {}

  /** A day name. */
  record DayLit(DayOfWeek day, Span span) implements Node {}
}
