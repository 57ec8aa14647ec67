/**
 * When a trigger fires. {@link io.synergy.runtime.trigger.Schedule#of} turns a plan {@code Trigger}
 * into a {@link io.synergy.runtime.trigger.Schedule}: {@code every} counts elapsed time from
 * start-up; {@code at} and {@code cron} name local date-times ({@link
 * io.synergy.runtime.trigger.LocalTimes}) that {@link io.synergy.runtime.trigger.ZonedSchedule}
 * places on the timeline of the trigger's zone, with one rule for both about clock changes.
 */
package io.synergy.runtime.trigger;
