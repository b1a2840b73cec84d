package org.bulwark.reporting;

import java.util.Locale;

/** The door a report came through. */
public enum ReportSource {
    /** A member of the network, through the form or the API with their session or token. */
    MEMBER,
    /** A partner system, through the API with an integration token. */
    PARTNER,
    /** A member of the public, anonymously. */
    PUBLIC;

    /** The key of this source's display name in the message bundles. */
    public String messageKey() {
        return "reporting.source." + name().toLowerCase(Locale.ROOT);
    }
}
