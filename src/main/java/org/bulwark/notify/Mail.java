package org.bulwark.notify;

import org.springframework.util.Assert;

/**
 * One e-mail's content, or one entry of a digest.
 *
 * @param subject one line, must not be blank
 * @param text plain text, must not be null
 * @param linkPath where in the application the item is, a path such as {@code /bulletins/…}
 */
public record Mail(String subject, String text, String linkPath) {

    public Mail {
        Assert.hasText(subject, "subject must not be blank");
        Assert.notNull(text, "text must not be null");
        Assert.isTrue(
                linkPath != null && linkPath.startsWith("/") && !linkPath.startsWith("//"),
                "linkPath must be a path of the application");
    }
}
