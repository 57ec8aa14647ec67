package io.synergy.runtime.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A clock that stands still until it is set or advanced; safe to read from other threads. */
public final class SettableClock implements Clock {
  private volatile Instant now;

  public SettableClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  @Override
  public Instant now() {
    return now;
  }

  public synchronized void set(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  public synchronized void advance(Duration by) {
    now = now.plus(by);
  }
}
