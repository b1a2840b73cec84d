package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailDeliveriesUnitTests {

    @Test
    void eachFailedAttemptDoublesTheWaitUpToSixHours() {
        Duration first = Duration.ofSeconds(30);

        assertThat(MailDeliveries.backoff(first, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDeliveries.backoff(first, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDeliveries.backoff(first, 4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailDeliveries.backoff(first, 40)).isEqualTo(Duration.ofHours(6));
    }
}
