package org.bulwark.reporting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What correlation needs to know of a report: when and where the activity was seen, and the plates, numbers and
 * handles it mentions as the reporter typed them.
 *
 * @param report must not be null
 * @param observedAt when the activity was seen; must not be null
 * @param latitude WGS84; null when no position was given, and then so is the longitude
 * @param longitude WGS84; null when no position was given
 * @param site the site the report is about, or null
 * @param sector the sector code of that site, or null
 * @param category the behaviour category code set at triage, or null
 * @param plates vehicle plates as typed; never null
 * @param phones phone numbers as typed; never null
 * @param handles online handles as typed; never null
 */
public record CorrelationFacts(
        UUID report,
        Instant observedAt,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable UUID site,
        @Nullable String sector,
        @Nullable String category,
        List<String> plates,
        List<String> phones,
        List<Handle> handles) {

    public CorrelationFacts {
        Assert.notNull(report, "report must not be null");
        Assert.notNull(observedAt, "observedAt must not be null");
        Assert.isTrue((latitude == null) == (longitude == null), "latitude and longitude come together");
        Assert.isTrue(latitude == null || (latitude >= -90 && latitude <= 90), "latitude must be between -90 and 90");
        Assert.isTrue(
                longitude == null || (longitude >= -180 && longitude <= 180), "longitude must be between -180 and 180");
        plates = plates == null ? List.of() : List.copyOf(plates);
        phones = phones == null ? List.of() : List.copyOf(phones);
        handles = handles == null ? List.of() : List.copyOf(handles);
    }

    /** Whether a position was given. */
    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    /**
     * An online handle.
     *
     * @param platform such as Instagram or Telegram; null or blank when unknown
     * @param handle the name on it, with or without a leading {@code @}; must not be null
     */
    public record Handle(@Nullable String platform, String handle) {

        public Handle {
            Assert.notNull(handle, "handle must not be null");
        }
    }
}
