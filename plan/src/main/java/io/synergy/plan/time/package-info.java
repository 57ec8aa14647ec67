/**
 * Period arithmetic (SEMANTICS.md, Periods): the periods of a time zone, their ids, parents and
 * children, neighbours, {@code group N} and the windows of jobs. Every "now" is a parameter.
 *
 * <p>{@link io.synergy.plan.time.Timeline} is the entry point: one per zone.
 */
package io.synergy.plan.time;
