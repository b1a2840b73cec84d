package org.bulwark.partners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner organisation with everything the partnership records about it.
 *
 * @param sectors codes of its sectors, in catalogue order
 * @param approvedAt when it was last approved, or null if it never was
 */
public record Organisation(
        UUID id,
        String name,
        OrganisationKind kind,
        OrganisationStatus status,
        List<String> sectors,
        String region,
        @Nullable String website,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant approvedAt) {

    /** The same organisation as other modules see it. */
    public OrganisationSummary summary() {
        return new OrganisationSummary(id, name, kind, region, status.name());
    }

    /** The details as a coordinator would edit them. */
    public OrganisationDetails details() {
        return new OrganisationDetails(
                kind,
                name,
                new java.util.LinkedHashSet<>(sectors),
                region,
                website,
                contactName,
                contactEmail,
                contactPhone);
    }
}
