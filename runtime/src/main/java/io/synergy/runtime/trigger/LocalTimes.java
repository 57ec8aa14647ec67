package io.synergy.runtime.trigger;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A set of local date-times with no zone, such as "Mondays at 06:00": the calendar side of a
 * trigger, before {@link ZonedSchedule} places it on a zone's timeline.
 */
interface LocalTimes {
  /** The first member strictly after {@code after}; empty when there is none. */
  Optional<LocalDateTime> next(LocalDateTime after);
}
