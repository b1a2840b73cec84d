package org.bulwark.notify;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What a person is told, already written in the language of {@link Notifications#locale()}.
 *
 * @param subject one line, must not be blank; cut at 300 characters
 * @param body plain text, must not be null
 * @param linkPath where in the application to look, a path such as {@code /measures}
 * @param key identifies the message, so that a person is told it once even when the caller is run again; null when
 *     every call is a new message
 */
public record Notice(
        String subject,
        String body,
        String linkPath,
        @Nullable String key) {

    public Notice {
        Assert.hasText(subject, "subject must not be blank");
        Assert.notNull(body, "body must not be null");
        Assert.isTrue(
                linkPath != null && linkPath.startsWith("/") && !linkPath.startsWith("//"),
                "linkPath must be a path of the application, such as /measures");
        Assert.isTrue(key == null || key.length() <= 200, "key must be at most 200 characters");
    }

    public Notice(String subject, String body, String linkPath) {
        this(subject, body, linkPath, null);
    }
}
