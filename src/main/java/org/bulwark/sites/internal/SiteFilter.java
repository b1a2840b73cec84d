package org.bulwark.sites.internal;

import java.util.UUID;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;

/**
 * Which sites a person asks for. Empty parts do not filter.
 *
 * @param text matched, ignoring case, anywhere in the name or the address
 * @param box a west, south, east, north bounding box in degrees
 */
public record SiteFilter(
        @Nullable String text,
        @Nullable String sector,
        @Nullable Tier tier,
        @Nullable UseType useType,
        @Nullable UUID organisation,
        @Nullable BoundingBox box) {

    public static final SiteFilter ALL = new SiteFilter(null, null, null, null, null, null);

    /** A west, south, east, north box; west may exceed east when the box crosses the antimeridian. */
    public record BoundingBox(double west, double south, double east, double north) {

        public BoundingBox {
            if (!(south >= -90 && north <= 90 && south <= north)) {
                throw new IllegalArgumentException(
                        "bbox latitudes must satisfy -90 <= south <= north <= 90, were " + south + " and " + north);
            }
            if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
                throw new IllegalArgumentException(
                        "bbox longitudes must be between -180 and 180, were " + west + " and " + east);
            }
        }

        /** Parses {@code west,south,east,north}; null when the text is empty. */
        public static @Nullable BoundingBox parse(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException(
                        "bbox must be four numbers west,south,east,north in degrees, was '" + text + "'");
            }
            try {
                return new BoundingBox(
                        Double.parseDouble(parts[0].strip()),
                        Double.parseDouble(parts[1].strip()),
                        Math.min(180, Double.parseDouble(parts[2].strip())),
                        Double.parseDouble(parts[3].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "bbox must be four numbers west,south,east,north in degrees, was '" + text + "'");
            }
        }
    }
}
