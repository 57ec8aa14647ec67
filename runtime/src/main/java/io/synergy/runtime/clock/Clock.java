package io.synergy.runtime.clock;

import java.time.Instant;

/** The current instant, injected wherever the runtime needs it. */
public interface Clock {
  Instant now();
}
