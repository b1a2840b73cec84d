package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class SseLiveUpdatesUnitTests {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    final SseLiveUpdates live = new SseLiveUpdates(new NotifySettings(
            "bulwark@localhost",
            "http://localhost:8080",
            Locale.ENGLISH,
            6,
            Duration.ofSeconds(30),
            ZoneId.of("Europe/London"),
            4,
            250,
            100,
            "-",
            Duration.ofDays(90),
            Duration.ofMinutes(30),
            Duration.ofMinutes(10)));
    final CountDownLatch stuck = new CountDownLatch(1);

    @AfterEach
    void release() {
        stuck.countDown();
        live.stop();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBrowserThatDoesNotReadDelaysNeitherTheSenderNorOtherBrowsers() {
        UUID slow = UUID.randomUUID();
        UUID quick = UUID.randomUUID();
        live.connect(slow, new Stuck());
        Recording recording = new Recording();
        live.connect(quick, recording);

        live.send(List.of(slow, quick), "bulletin", "{\"id\":1}");
        live.send(List.of(slow, quick), "bulletin", "{\"id\":2}");

        await().atMost(PATIENCE).until(() -> recording.sent.size() == 3);
        assertThat(live.connectedAccounts()).containsExactlyInAnyOrder(slow, quick);
        assertThat(recording.sent.stream()
                        .map(items -> items.stream()
                                .map(item -> String.valueOf(item.getData()))
                                .reduce("", String::concat))
                        .toList())
                .containsExactly(
                        "retry:5000\n:connected\n\n",
                        "event:bulletin\ndata:{\"id\":1}\n\n",
                        "event:bulletin\ndata:{\"id\":2}\n\n");
    }

    @Test
    void aBrowserFarBehindIsDisconnectedSoThatItsEventsDoNotPileUp() {
        UUID slow = UUID.randomUUID();
        live.connect(slow, new Stuck());

        for (int i = 0; i <= SseLiveUpdates.BACKLOG; i++) {
            live.send(List.of(slow), "notice", "{}");
        }

        assertThat(live.connectedAccounts()).doesNotContain(slow);
    }

    @Test
    void aBrokenConnectionIsForgottenAndSendingNeverThrows() {
        UUID gone = UUID.randomUUID();
        live.connect(gone, new Broken());

        live.send(List.of(gone), "notice", "{}");

        await().atMost(PATIENCE).until(() -> !live.connectedAccounts().contains(gone));
        live.send(List.of(gone), "notice", "{}");
        live.send(List.of(gone), "not a name", "{}");
        live.send(List.of(gone), "notice", null);
    }

    @Test
    void everyStreamEndsBeforeTheWebServerIsAskedToStopSoThatItsGracefulShutdownHasNothingToWaitFor() {
        Recording page = new Recording();
        AtomicReference<Boolean> endedBeforeTheServerStopped = new AtomicReference<>();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(SseLiveUpdates.class, () -> live);
            // stands in for the web server: its graceful shutdown is a lifecycle stop that waits for open requests
            context.registerBean("webServer", SmartLifecycle.class, () -> new SmartLifecycle() {
                private volatile boolean running;

                @Override
                public void start() {
                    running = true;
                }

                @Override
                public void stop() {
                    endedBeforeTheServerStopped.set(page.completed);
                    running = false;
                }

                @Override
                public boolean isRunning() {
                    return running;
                }
            });
            context.refresh();
            live.connect(UUID.randomUUID(), page);
            assertThat(page.completed).isFalse();
        }

        assertThat(endedBeforeTheServerStopped.get()).isTrue();
        assertThat(live.connectedAccounts()).isEmpty();
    }

    @Test
    void eachAccountKeepsAtMostSixteenPagesOpenTheOldestClosingFirst() {
        UUID busy = UUID.randomUUID();
        Recording oldest = new Recording();
        live.connect(busy, oldest);
        for (int i = 1; i < SseLiveUpdates.CONNECTIONS_PER_ACCOUNT; i++) {
            live.connect(busy, new Recording());
        }
        assertThat(oldest.completed).isFalse();

        live.connect(busy, new Recording());

        assertThat(oldest.completed).isTrue();
        assertThat(live.connectedAccounts()).containsExactly(busy);
    }

    /** A browser that has stopped reading: every write waits. */
    final class Stuck extends SseEmitter {

        @Override
        public void send(Set<DataWithMediaType> items) throws IOException {
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static final class Recording extends SseEmitter {

        final Queue<Set<DataWithMediaType>> sent = new ConcurrentLinkedQueue<>();
        volatile boolean completed;

        @Override
        public void send(Set<DataWithMediaType> items) {
            sent.add(items);
        }

        @Override
        public synchronized void complete() {
            completed = true;
        }
    }

    static final class Broken extends SseEmitter {

        @Override
        public void send(Set<DataWithMediaType> items) throws IOException {
            throw new IOException("Broken pipe");
        }
    }
}
