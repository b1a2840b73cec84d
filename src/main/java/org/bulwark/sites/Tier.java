package org.bulwark.sites;

import java.util.Locale;

/**
 * The regulatory tier of a site, as protective-security law grades premises by the crowd they can hold. The
 * shipped rules follow the UK Terrorism (Protection of Premises) Act 2025.
 */
public enum Tier {
    OUT_OF_SCOPE,
    STANDARD,
    ENHANCED;

    /** The key of this tier's display name in the message bundles. */
    public String messageKey() {
        return "sites.tier." + name().toLowerCase(Locale.ROOT);
    }

    /** The tier named by {@code value} ignoring case, dashes and spaces, or null when none matches. */
    public static @org.jspecify.annotations.Nullable Tier parse(@org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Tier tier : values()) {
            if (tier.name().equals(normal)) {
                return tier;
            }
        }
        return null;
    }
}
