package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sharing group as a list shows it.
 *
 * @param organisations how many organisations are members, whatever their status
 * @param people how many people are members one by one
 */
public record SharingGroupSummary(
        UUID id,
        String name,
        @Nullable String description,
        int organisations,
        int people,
        Instant createdAt,
        Instant updatedAt) {}
