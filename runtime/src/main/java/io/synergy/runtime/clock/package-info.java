/**
 * The runtime's one source of the current instant. Everything that needs "now" is handed a {@link
 * io.synergy.runtime.clock.Clock}; only {@link io.synergy.runtime.clock.SystemClock} reads the
 * system time, and tests drive a {@link io.synergy.runtime.clock.SettableClock}.
 */
package io.synergy.runtime.clock;
