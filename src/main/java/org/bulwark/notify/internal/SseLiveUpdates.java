package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bulwark.notify.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.Assert;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates over server-sent events: the browsers of each account connected to this node, each with its own
 * queue of events written by a small pool of threads, so that a browser that reads slowly delays only itself. A
 * browser that falls too far behind is disconnected; its {@code EventSource} connects again by itself. An event is
 * written out once, as the text of the stream, and that same text goes to every browser it is for.
 */
@Service
public class SseLiveUpdates implements LiveUpdates {

    static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9-]{1,60}");
    // events waiting for one browser; more means it does not read them
    static final int BACKLOG = 100;
    // tabs of one account; opening another closes the oldest
    static final int CONNECTIONS_PER_ACCOUNT = 16;
    // how long a browser waits before reconnecting after the connection dropped
    static final long RECONNECT_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(SseLiveUpdates.class);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    // sent at once so that the browser, and any proxy in between, sees the stream open
    private static final Set<DataWithMediaType> CONNECTED = frame("retry:" + RECONNECT_MILLIS + "\n:connected\n\n");
    private static final Set<DataWithMediaType> HEARTBEAT = frame(":\n\n");

    private final NotifySettings settings;
    private final Map<UUID, Set<Connection>> connections = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor writers;
    private final ScheduledExecutorService heartbeat;

    SseLiveUpdates(NotifySettings settings) {
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        this.writers =
                new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "live-updates-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.writers.allowCoreThreadTimeOut(true);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "live-updates-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.liveHeartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a live connection for the account; the caller returns it from a controller method.
     *
     * @param account must not be null
     */
    public SseEmitter connect(UUID account) {
        Assert.notNull(account, "account must not be null");
        return connect(account, new SseEmitter(settings.liveTimeout().toMillis()));
    }

    SseEmitter connect(UUID account, SseEmitter emitter) {
        Connection connection = new Connection(account, emitter);
        emitter.onCompletion(() -> remove(connection));
        emitter.onTimeout(() -> {
            remove(connection);
            emitter.complete();
        });
        emitter.onError(error -> remove(connection));
        Set<Connection> mine = connections.compute(account, (key, existing) -> {
            Set<Connection> set = existing == null ? new CopyOnWriteArraySet<>() : existing;
            set.add(connection);
            return set;
        });
        if (mine.size() > CONNECTIONS_PER_ACCOUNT) {
            mine.stream()
                    .filter(other -> other != connection)
                    .min(Comparator.comparingLong(Connection::opened))
                    .ifPresent(Connection::close);
        }
        connection.offer(CONNECTED);
        return emitter;
    }

    @Override
    public Set<UUID> connectedAccounts() {
        return connections.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void send(Collection<UUID> accounts, String event, String data) {
        try {
            if (accounts == null || event == null || !EVENT_NAME.matcher(event).matches()) {
                log.warn("Live update not sent: the event name '{}' is not letters, digits and dashes", event);
                return;
            }
            // an event is one line of data: a line break would end it early
            String line = data == null ? "" : data.replaceAll("[\\r\\n]+", " ");
            Set<DataWithMediaType> frame = frame("event:" + event + "\ndata:" + line + "\n\n");
            for (UUID account : Set.copyOf(accounts)) {
                Set<Connection> set = connections.get(account);
                if (set == null) {
                    continue;
                }
                for (Connection connection : set) {
                    connection.offer(frame);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live update '{}' not sent: {}", event, e.toString());
        }
    }

    private void beat() {
        try {
            for (Set<Connection> set : connections.values()) {
                for (Connection connection : set) {
                    connection.offer(HEARTBEAT);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live-update heartbeat failed: {}", e.toString());
        }
    }

    /** One event as the text of the stream, ready to be written to any number of browsers. */
    private static Set<DataWithMediaType> frame(String text) {
        return Set.of(new DataWithMediaType(text, TEXT));
    }

    private void remove(Connection connection) {
        connection.closed.set(true);
        connections.computeIfPresent(connection.account(), (key, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Ends every stream as soon as the application begins to stop, before the web server's graceful shutdown waits
     * for the requests under way: an open stream never ends by itself, so the server would wait for as long as it is
     * allowed to. Each browser connects again by itself, to another node where there is one.
     */
    @EventListener
    void closing(ContextClosedEvent event) {
        closeAll();
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        closeAll();
        writers.shutdown();
    }

    private void closeAll() {
        connections.values().forEach(set -> set.forEach(Connection::close));
    }

    /** One browser tab: its emitter, and the events waiting to be written to it, one writer at a time. */
    private final class Connection implements Runnable {

        private final UUID account;
        private final SseEmitter emitter;
        private final long opened = System.nanoTime();
        private final Queue<Set<DataWithMediaType>> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicInteger size = new AtomicInteger();
        private final AtomicBoolean writing = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        Connection(UUID account, SseEmitter emitter) {
            this.account = account;
            this.emitter = emitter;
        }

        UUID account() {
            return account;
        }

        long opened() {
            return opened;
        }

        void offer(Set<DataWithMediaType> event) {
            if (closed.get()) {
                return;
            }
            if (size.incrementAndGet() > BACKLOG) {
                log.debug("A browser of account {} reads too slowly; disconnected", account);
                close();
                return;
            }
            waiting.add(event);
            schedule();
        }

        private void schedule() {
            if (writing.compareAndSet(false, true)) {
                try {
                    writers.execute(this);
                } catch (RejectedExecutionException e) {
                    writing.set(false);
                    close();
                }
            }
        }

        @Override
        public void run() {
            try {
                Set<DataWithMediaType> event;
                while (!closed.get() && (event = waiting.poll()) != null) {
                    size.decrementAndGet();
                    emitter.send(event);
                }
            } catch (IOException | RuntimeException e) {
                // the browser went away; the container reports it to the emitter, which removes the connection
                close();
            } finally {
                writing.set(false);
            }
            if (!closed.get() && !waiting.isEmpty()) {
                schedule();
            }
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                remove(this);
                try {
                    emitter.complete();
                } catch (RuntimeException e) {
                    // already completed
                }
            }
        }
    }
}
