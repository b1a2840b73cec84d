package org.bulwark.incidents;

import java.util.Locale;

/** Whether an incident is still being handled. */
public enum IncidentStatus {
    ACTIVE,
    CLOSED;

    /** The key of this status's display name in the message bundles. */
    public String messageKey() {
        return "incidents.status." + name().toLowerCase(Locale.ROOT);
    }
}
