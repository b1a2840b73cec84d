package org.bulwark.incidents;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One affected site with its latest answer to the roll-call.
 *
 * @param affectedAt when the site first came inside a zone of the incident
 * @param status null while the site has not answered; so are the other fields of the answer
 * @param channel how the answer came: {@code APP}, {@code API} or {@code LINK}
 * @param escalatedAt when its secondary contacts were e-mailed, or null
 */
public record SiteRollCall(
        UUID site,
        String name,
        Instant affectedAt,
        @Nullable SiteStatus status,
        @Nullable String note,
        @Nullable Instant reportedAt,
        @Nullable String reportedBy,
        @Nullable String channel,
        @Nullable Instant escalatedAt) {}
