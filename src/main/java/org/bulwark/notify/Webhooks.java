package org.bulwark.notify;

import java.util.List;
import java.util.UUID;

/**
 * Signed webhook events to the partner systems that coordinators registered, following the Standard Webhooks scheme:
 * each request carries {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature} ({@code v1,} and
 * the base64 HMAC-SHA256 of {@code id.timestamp.body} under the receiver's secret). A receiver that fails is tried
 * again with backoff, with the same {@code webhook-id}, so that it can recognise a repeat.
 */
public interface Webhooks {

    /** A zone of an incident was added, redrawn, expired, or its incident closed. */
    String ZONE_CHANGED = "zone.changed";

    /** An alert went out to the operators of the sites in an incident's zones. */
    String ALERT_ISSUED = "alert.issued";

    /** The event types a receiver may subscribe to. */
    List<String> EVENT_TYPES = List.of(ZONE_CHANGED, ALERT_ISSUED);

    /**
     * Queues the event to every receiver subscribed to its type, in the caller's transaction; sent after it commits.
     * The body sent is {@code {"type": …, "timestamp": …, "data": …}}.
     *
     * @param type one of {@link #EVENT_TYPES}
     * @param event identifies the event; a receiver gets one delivery per event
     * @param data the event's JSON object, must not be null
     * @return how many deliveries were queued
     */
    int publish(String type, UUID event, String data);
}
