package org.bulwark.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.interop.Cap;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An alert: its first message and every update and cancellation sent since, oldest first.
 *
 * @param id the identifier of the first message
 * @param incident the incident it is about; null for a standalone alert
 * @param messages at least one, oldest first
 */
public record Alert(UUID id, @Nullable UUID incident, AlertScope scope, List<AlertMessage> messages) {

    public Alert {
        Assert.notEmpty(messages, "an alert has at least one message");
        messages = List.copyOf(messages);
    }

    /** The message that counts now: the last one sent. */
    public AlertMessage latest() {
        return messages.get(messages.size() - 1);
    }

    public boolean isCancelled() {
        return latest().msgType() == Cap.MsgType.CANCEL;
    }

    /** Whether the alert still applies at this moment: not cancelled and not expired. */
    public boolean isInForceAt(Instant moment) {
        return !isCancelled() && moment.isBefore(latest().expires());
    }

    /** The message with this identifier, if it belongs to the alert. */
    public @Nullable AlertMessage message(UUID message) {
        return messages.stream().filter(m -> m.id().equals(message)).findFirst().orElse(null);
    }

    /** The earlier messages of the given one, oldest first, as its CAP references name them. */
    public List<AlertMessage> before(AlertMessage message) {
        return messages.subList(0, messages.indexOf(message));
    }
}
