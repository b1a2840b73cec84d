package org.bulwark.notify;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What is said, once, to every recipient of one {@link Deliveries#queue} call, over every channel: stored once and
 * shared by the deliveries, and recipients of the same e-mail share one message to the mail server.
 *
 * @param item what the message is about, such as an alert; a recipient gets one delivery per item and channel
 * @param topic the kind of item, such as {@code alert}; at most 60 characters
 * @param subject one line, must not be blank; the e-mail's subject and the first words of a text message
 * @param text plain text, must not be null
 * @param linkPath where in the application to look, such as {@code /incidents/…}, or null
 * @param live the event pushed to the open pages of the in-app recipients, or null for none
 */
public record Message(
        UUID item,
        String topic,
        String subject,
        String text,
        @Nullable String linkPath,
        @Nullable LiveEvent live) {

    public Message {
        Assert.notNull(item, "item must not be null");
        Assert.isTrue(topic != null && !topic.isBlank() && topic.length() <= 60, "topic must be 1 to 60 characters");
        Assert.hasText(subject, "subject must not be blank");
        Assert.notNull(text, "text must not be null");
        Assert.isTrue(
                linkPath == null || (linkPath.startsWith("/") && !linkPath.startsWith("//")),
                "linkPath must be a path of the application");
    }
}
