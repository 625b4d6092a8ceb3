package dev.streamlab.trigger.trace;

import java.time.Instant;

/** A derived write from the moment it is sent until it is told. */
record WriteInFlight(String id, String invocationId, DerivedWrite write, Instant at) {
}
