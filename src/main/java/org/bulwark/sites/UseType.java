package org.bulwark.sites;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a site is used for. The catalogue covers the crowded places of the UK guidance; {@link #OTHER} takes the
 * rest. Codes are lower-case with dashes ({@code place-of-worship}) and are what files and the API exchange.
 */
public enum UseType {
    STADIUM,
    ARENA,
    CONCERT_HALL,
    THEATRE,
    CINEMA,
    NIGHTCLUB,
    BAR_PUB,
    RESTAURANT,
    HOTEL,
    SHOPPING_CENTRE,
    RETAIL_STORE,
    MARKET,
    MUSEUM,
    VISITOR_ATTRACTION,
    PLACE_OF_WORSHIP,
    SCHOOL,
    UNIVERSITY,
    CHILDCARE,
    HOSPITAL,
    STATION,
    AIRPORT_TERMINAL,
    OFFICE,
    EVENT_GROUND,
    OTHER;

    /** The stable code of this use type, such as {@code place-of-worship}; never returns null. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key of this use type's display name in the message bundles. */
    public String messageKey() {
        return "sites.use." + code();
    }

    /**
     * The use type with this code, accepting the enum name, dashes, underscores or spaces in any case
     * ({@code Place of worship}, {@code PLACE_OF_WORSHIP}); null when nothing matches.
     */
    public static @Nullable UseType parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.trim()
                .toUpperCase(Locale.ROOT)
                .replace('-', '_')
                .replace(' ', '_')
                .replace('/', '_');
        for (UseType type : values()) {
            if (type.name().equals(normal)) {
                return type;
            }
        }
        return null;
    }
}
