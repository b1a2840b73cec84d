package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailingRowsUnitTests {

    @Test
    void aRetryWaitsTheBackoffOfItsAttemptsAndUpToAFifthMoreSoThatFailuresTogetherAreNotRetriedTogether() {
        Duration first = Duration.ofSeconds(30);
        for (int attempts = 1; attempts <= 5; attempts++) {
            Duration backoff = MailDeliveries.backoff(first, attempts);
            Set<Duration> waits = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                Duration wait = MailingRows.retryWait(first, attempts);
                assertThat(wait).isBetween(backoff, backoff.plus(backoff.dividedBy(5)));
                waits.add(wait);
            }
            assertThat(waits).hasSizeGreaterThan(1);
        }
    }
}
