package org.bulwark.engagement;

import java.util.Locale;
import org.bulwark.interop.Cap;

/** Who an alert is for: everyone, or the partners its restriction names. */
public enum AlertScope {
    /** Shown on the public pages and in the public feed. */
    PUBLIC(Cap.Scope.PUBLIC),
    /** Never shown publicly; partners read it through the API. */
    RESTRICTED(Cap.Scope.RESTRICTED);

    private final Cap.Scope cap;

    AlertScope(Cap.Scope cap) {
        this.cap = cap;
    }

    public Cap.Scope cap() {
        return cap;
    }

    /** The key of this scope's display name in the message bundles. */
    public String messageKey() {
        return "engagement.scope." + name().toLowerCase(Locale.ROOT);
    }
}
