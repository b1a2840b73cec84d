package org.bulwark.incidents;

import java.util.Locale;

/** What a zone of an incident is for. */
public enum ZoneKind {
    /** The area closed by the responders. */
    CORDON,
    INNER,
    OUTER,
    /** An area the public and partners are asked to keep away from. */
    AVOID;

    /** The key of this kind's display name in the message bundles. */
    public String messageKey() {
        return "incidents.zoneKind." + name().toLowerCase(Locale.ROOT);
    }
}
