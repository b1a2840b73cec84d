package org.bulwark.partners;

import org.jspecify.annotations.Nullable;

/**
 * A search of the partner directory; every null criterion matches everything.
 *
 * @param text part of the organisation's name, ignoring case
 */
public record OrganisationQuery(
        @Nullable String text,
        @Nullable String sector,
        @Nullable String region,
        @Nullable OrganisationKind kind,
        @Nullable OrganisationStatus status) {

    public static OrganisationQuery everything() {
        return new OrganisationQuery(null, null, null, null, null);
    }

    public OrganisationQuery withStatus(@Nullable OrganisationStatus newStatus) {
        return new OrganisationQuery(text, sector, region, kind, newStatus);
    }
}
