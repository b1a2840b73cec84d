package org.bulwark.sites.internal;

import org.jspecify.annotations.Nullable;

/**
 * A site as a person or a file states it, every value still text. {@link SiteInputs} turns it into details or into
 * problems named by field. The field names are those of the form, the CSV header (in snake case) and the API.
 */
public record SiteInput(
        @Nullable String name,
        @Nullable String address,
        @Nullable String latitude,
        @Nullable String longitude,
        @Nullable String sector,
        @Nullable String useType,
        @Nullable String capacity,
        @Nullable String organisation,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String openingHours) {}
