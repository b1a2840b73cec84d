package org.bulwark.notify.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner system registered to receive webhook events; its secret is shown once, when it is registered.
 *
 * @param eventTypes the event types it subscribes to
 */
public record WebhookReceiver(
        UUID id, String name, String url, List<String> eventTypes, String createdBy, Instant createdAt) {

    public WebhookReceiver {
        eventTypes = List.copyOf(eventTypes);
    }
}
