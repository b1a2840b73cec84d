package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulwark.notify.Channel;
import org.bulwark.notify.internal.DeliveryRows.Claimed;
import org.bulwark.notify.internal.WebhookReceivers.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends webhook requests, each receiver in a lane of its own: at most {@code webhook-per-receiver} requests to one
 * receiver at once, each bounded by the connect and answer timeouts, so that a slow or dead receiver holds up only
 * its own lane while the others go on. A planner claims, per receiver, only as many deliveries as its lane has room
 * for; each finished request wakes the planner for the next.
 */
@Component
class WebhookDeliveries {

    static final String USER_AGENT = "Bulwark-Webhooks/1";
    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final DeliveryRows rows;
    private final WebhookReceivers receivers;
    private final DeliverySettings settings;
    private final HttpClient http;
    private final ExecutorService planner;
    private final ExecutorService senders;
    private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicBoolean planning = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    WebhookDeliveries(DeliveryRows rows, WebhookReceivers receivers, DeliverySettings settings) {
        this.rows = rows;
        this.receivers = receivers;
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.webhookSenders(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.planner = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-planner");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.webhookConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Looks for due deliveries with room in their receiver's lane; never blocks. */
    void wake() {
        again.set(true);
        if (!planning.compareAndSet(false, true)) {
            return;
        }
        try {
            planner.execute(this::plan);
        } catch (RejectedExecutionException e) {
            planning.set(false);
        }
    }

    private void plan() {
        try {
            while (again.getAndSet(false)) {
                for (UUID receiver : rows.receiversDue()) {
                    AtomicInteger lane = inFlight.computeIfAbsent(receiver, key -> new AtomicInteger());
                    int room = Math.min(
                            settings.webhookPerReceiver() - lane.get(), settings.webhookSenders() - total.get());
                    if (room <= 0) {
                        continue;
                    }
                    for (Claimed row : rows.claim(Channel.WEBHOOK, receiver, room)) {
                        lane.incrementAndGet();
                        total.incrementAndGet();
                        try {
                            senders.execute(() -> sendAndRecord(row, lane));
                        } catch (RejectedExecutionException e) {
                            lane.decrementAndGet();
                            total.decrementAndGet();
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Planning webhook deliveries stopped: {}", e.toString());
        } finally {
            planning.set(false);
        }
        if (again.get()) {
            wake();
        }
    }

    private void sendAndRecord(Claimed row, AtomicInteger lane) {
        try {
            Optional<String> error = send(row);
            if (error.isEmpty()) {
                rows.recordClaimed(List.of(row.id()), Map.of(), Map.of());
            } else {
                rows.recordClaimed(List.of(), Map.of(row, error.get()), Map.of());
            }
        } catch (RuntimeException e) {
            log.warn("Recording webhook delivery {} failed: {}", row.id(), e.toString());
        } finally {
            lane.decrementAndGet();
            total.decrementAndGet();
            wake();
        }
    }

    /** Makes one request; returns what went wrong, or nothing when the receiver answered 2xx. */
    Optional<String> send(Claimed row) {
        Optional<Target> target = receivers.target(row.receiver());
        if (target.isEmpty() || target.get().removed()) {
            return Optional.of("The receiver was removed");
        }
        String id = webhookId(row.id());
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.get().url()))
                .timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(target.get().secret(), id, timestamp, row.body()))
                .POST(HttpRequest.BodyPublishers.ofString(row.body()))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Optional.empty() : Optional.of("The receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return Optional.of("The receiver did not answer within "
                    + settings.webhookTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return Optional.of("The receiver could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("Interrupted while sending");
        }
    }

    /** The {@code webhook-id} of a delivery: the same at every attempt and replay. */
    static String webhookId(UUID delivery) {
        return "msg_" + delivery.toString().replace("-", "");
    }

    @PreDestroy
    void stop() {
        planner.shutdownNow();
        senders.shutdownNow();
    }
}
