package org.bulwark.incidents;

import java.util.Locale;

/** Where a zone stands against its validity period at a given moment. */
public enum ZoneValidity {
    /** Its validity has not begun. */
    UPCOMING,
    /** It applies. */
    CURRENT,
    /** Its validity has ended. */
    EXPIRED;

    /** The key of this validity's display name in the message bundles. */
    public String messageKey() {
        return "incidents.validity." + name().toLowerCase(Locale.ROOT);
    }
}
