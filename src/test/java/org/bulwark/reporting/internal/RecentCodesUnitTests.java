package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCodesUnitTests {

    private final Set<String> catalogue = new HashSet<>(Set.of("photography"));
    private final AtomicInteger reads = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final RecentCodes codes = new RecentCodes(
            () -> {
                reads.incrementAndGet();
                return Set.copyOf(catalogue);
            },
            clock);

    @Test
    void aKnownCodeIsAnsweredWithoutReadingTheCatalogueAgain() {
        assertThat(codes.contains("photography")).isTrue();
        assertThat(codes.contains("photography")).isTrue();

        assertThat(reads).hasValue(1);
    }

    @Test
    void aCodeAddedSinceIsFoundAtOnce() {
        assertThat(codes.contains("photography")).isTrue();
        catalogue.add("cyberattack");

        assertThat(codes.contains("cyberattack")).isTrue();
        assertThat(codes.contains("astrology")).isFalse();
    }

    @Test
    void aCodeWithdrawnIsRefusedOnceTheSnapshotIsNoLongerFresh() {
        assertThat(codes.contains("photography")).isTrue();
        catalogue.remove("photography");

        clock.advance(RecentCodes.FRESHNESS.plusMillis(1));

        assertThat(codes.contains("photography")).isFalse();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
