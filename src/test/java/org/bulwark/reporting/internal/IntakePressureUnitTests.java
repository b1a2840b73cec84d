package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IntakePressureUnitTests {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong nanoTime = new AtomicLong(100 * SECOND);
    private final IntakePressure pressure = new IntakePressure(nanoTime::get);

    @Test
    void countsTheReportsOfThisSecond() {
        pressure.stored(120);
        pressure.stored(80);

        assertThat(pressure.perSecond()).isEqualTo(200);
    }

    @Test
    void aNewSecondStillCountsTheFullSecondBefore() {
        pressure.stored(300);
        nanoTime.addAndGet(SECOND);
        pressure.stored(10);

        assertThat(pressure.perSecond()).isEqualTo(300);
    }

    @Test
    void aQuietSecondEndsThePressure() {
        pressure.stored(300);

        nanoTime.addAndGet(2 * SECOND);

        assertThat(pressure.perSecond()).isZero();
    }

    @Test
    void nothingStoredIsNoPressure() {
        assertThat(pressure.perSecond()).isZero();
    }
}
