package org.bulwark.interop;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * The content of a CAP message in one language.
 *
 * @param language an RFC 3066 language code such as {@code en} or {@code fr}
 * @param categories at least one
 * @param expires when the information stops applying; null when the message says nothing
 * @param web an absolute URI with more information; null for none
 * @param areas where the information applies
 */
public record CapInfo(
        String language,
        List<Cap.Category> categories,
        String event,
        Cap.Urgency urgency,
        Cap.Severity severity,
        Cap.Certainty certainty,
        @Nullable Instant expires,
        @Nullable String senderName,
        String headline,
        @Nullable String description,
        @Nullable String instruction,
        @Nullable String web,
        List<CapArea> areas) {

    public CapInfo {
        Assert.hasText(language, "language must not be empty");
        Assert.notEmpty(categories, "at least one category is required");
        Assert.hasText(event, "event must not be empty");
        Assert.notNull(urgency, "urgency must not be null");
        Assert.notNull(severity, "severity must not be null");
        Assert.notNull(certainty, "certainty must not be null");
        Assert.hasText(headline, "headline must not be empty");
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
    }
}
