package org.bulwark.reporting.internal;

import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * How many reports this node stored in the last second or so, so that correlation can give way to intake: while
 * reports pour in, a report must be stored and answered first, and linking it to others can wait until the burst
 * has passed. Counted in whole seconds of the monotonic clock, this one and the one before.
 */
@Component
class IntakePressure {

    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier nanoTime;
    private long second = Long.MIN_VALUE;
    private int thisSecond;
    private int lastSecond;

    IntakePressure() {
        this(System::nanoTime);
    }

    IntakePressure(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Counts reports written. */
    synchronized void stored(int reports) {
        roll(nanoTime.getAsLong() / SECOND);
        thisSecond += reports;
    }

    /** Reports stored in the last full second, or in this one if more. */
    synchronized int perSecond() {
        roll(nanoTime.getAsLong() / SECOND);
        return Math.max(thisSecond, lastSecond);
    }

    private void roll(long now) {
        if (now == second) {
            return;
        }
        lastSecond = now == second + 1 ? thisSecond : 0;
        thisSecond = 0;
        second = now;
    }
}
