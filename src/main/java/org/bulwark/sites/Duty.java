package org.bulwark.sites;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A duty that protective-security law places on premises by tier, after the UK Terrorism (Protection of Premises)
 * Act 2025: standard-tier premises document their public protection procedures; enhanced-tier premises also take
 * public protection measures, keep a security document up to date and designate a senior individual.
 */
public enum Duty {
    EVACUATION_PROCEDURE(Tier.STANDARD),
    INVACUATION_PROCEDURE(Tier.STANDARD),
    LOCKDOWN_PROCEDURE(Tier.STANDARD),
    COMMUNICATION_PROCEDURE(Tier.STANDARD),
    PUBLIC_PROTECTION_MEASURES(Tier.ENHANCED),
    SECURITY_DOCUMENT(Tier.ENHANCED),
    DESIGNATED_SENIOR_INDIVIDUAL(Tier.ENHANCED);

    private final Tier from;

    Duty(Tier from) {
        this.from = from;
    }

    /** The duties of premises of this tier, in the order of the law; none for out-of-scope premises. */
    public static List<Duty> of(Tier tier) {
        return Arrays.stream(values())
                .filter(duty -> tier == Tier.ENHANCED || (tier == Tier.STANDARD && duty.from == Tier.STANDARD))
                .toList();
    }

    /** The key of this duty's display name in the message bundles. */
    public String messageKey() {
        return "sites.duty." + name().toLowerCase(Locale.ROOT);
    }

    /** The duty with this name ignoring case and dashes, or null when none matches. */
    public static @Nullable Duty parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Duty duty : values()) {
            if (duty.name().equals(normal)) {
                return duty;
            }
        }
        return null;
    }
}
