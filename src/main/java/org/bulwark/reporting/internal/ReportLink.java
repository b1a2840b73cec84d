package org.bulwark.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A link between two reports, seen from one of them.
 *
 * @param id the link's identifier
 * @param report the report it is seen from
 * @param other the linked report
 * @param reason why they are linked
 * @param detail what they share: the key, the site, the distance in metres, or {@code sector/category}
 * @param distanceMetres for a nearby link, how far apart the positions are; otherwise null
 * @param otherLater how much later the other report's activity was seen; negative when earlier
 * @param createdAt when the link was made
 * @param dismissedBy the analyst who dismissed it, or null
 * @param dismissedAt when, or null
 * @param dismissalNote why, or null
 */
public record ReportLink(
        UUID id,
        UUID report,
        UUID other,
        ReportLinkReason reason,
        String detail,
        @Nullable Integer distanceMetres,
        Duration otherLater,
        Instant createdAt,
        @Nullable UUID dismissedBy,
        @Nullable Instant dismissedAt,
        @Nullable String dismissalNote) {

    public ReportLink {
        Assert.notNull(id, "id must not be null");
        Assert.notNull(report, "report must not be null");
        Assert.notNull(other, "other must not be null");
        Assert.notNull(reason, "reason must not be null");
        Assert.notNull(detail, "detail must not be null");
        Assert.notNull(otherLater, "otherLater must not be null");
        Assert.notNull(createdAt, "createdAt must not be null");
    }

    /** Whether an analyst dismissed the link as wrong. */
    public boolean dismissed() {
        return dismissedAt != null;
    }

    /** The same link seen from the given report, which must be one of its two ends. */
    public ReportLink seenFrom(UUID from) {
        if (from.equals(report)) {
            return this;
        }
        Assert.isTrue(from.equals(other), "the report is not an end of this link");
        return new ReportLink(
                id,
                other,
                report,
                reason,
                detail,
                distanceMetres,
                otherLater.negated(),
                createdAt,
                dismissedBy,
                dismissedAt,
                dismissalNote);
    }
}
