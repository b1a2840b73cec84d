package org.bulwark.incidents;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What an affected site answers to the roll-call of an incident. */
public enum SiteStatus {
    SAFE,
    SHELTERING,
    EVACUATING,
    NEEDS_HELP,
    NOT_OCCUPIED;

    /** The key of this status's display name in the message bundles. */
    public String messageKey() {
        return "rollcall.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The status with this name, ignoring case and surrounding blanks; empty for anything else, null included. */
    public static Optional<SiteStatus> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (SiteStatus status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
