package org.bulwark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** A reaction that fails leaves its publication incomplete in the registry, and a resubmission delivers it. */
@SpringBootTest
class EventPublicationRegistryIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    FlakyListener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failingListenerLeavesItsPublicationIncompleteAndResubmissionDeliversIt() {
        UUID id = UUID.randomUUID();
        listener.failNextTimes(1);

        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(id)));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts() == 1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(publicationsOf(id, false)).isEqualTo(1));
        assertThat(listener.delivered()).isNull();

        incomplete.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof SomethingHappened e && e.id().equals(id));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(listener.delivered()).isEqualTo(id));
        // completed publications are deleted so that the registry does not grow without bound
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(publicationsOf(id, true)).isZero());
    }

    private int publicationsOf(UUID id, boolean any) {
        String sql = "select count(*) from event_publication where serialized_event like ?"
                + (any ? "" : " and completion_date is null");
        return jdbc.sql(sql).param("%" + id + "%").query(Integer.class).single();
    }

    record SomethingHappened(UUID id) {}

    // the listener is proxied for its transaction, so the test talks to it through methods, not fields
    static class FlakyListener {

        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final AtomicInteger attempts = new AtomicInteger();
        private final AtomicReference<UUID> delivered = new AtomicReference<>();

        public void failNextTimes(int times) {
            failuresLeft.set(times);
        }

        public int attempts() {
            return attempts.get();
        }

        public UUID delivered() {
            return delivered.get();
        }

        @ApplicationModuleListener
        void on(SomethingHappened event) {
            attempts.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("receiver unavailable");
            }
            delivered.set(event.id());
        }
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }
}
