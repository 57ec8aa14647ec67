package io.synergy.runtime.clock;

import java.time.Instant;

/** The system's time: the one place in the runtime that asks for it. */
public final class SystemClock implements Clock {
  @Override
  public Instant now() {
    return Instant.now();
  }
}
