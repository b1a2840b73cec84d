package org.bulwark.incidents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A status link that cannot be used; nothing changed. */
public class StatusLinkRefused extends RuntimeException {

    /** Why the link cannot be used. */
    public enum Reason {
        /** Not a link this server signed, or altered since. */
        TAMPERED,
        EXPIRED,
        /** The link answered once already; {@link #previous()} says how. */
        USED,
        /** The incident is closed, or the site no longer inside its zones. */
        NO_LONGER_OPEN
    }

    /** The answer a used link gave. */
    public record Answer(SiteStatus status, String by, Instant at) {}

    private final Reason reason;
    private final @Nullable Answer previous;

    public StatusLinkRefused(Reason reason, String message) {
        this(reason, message, null);
    }

    public StatusLinkRefused(Reason reason, String message, @Nullable Answer previous) {
        super(message);
        this.reason = reason;
        this.previous = previous;
    }

    public Reason reason() {
        return reason;
    }

    /** The answer the link gave, for {@link Reason#USED}; null otherwise. */
    public @Nullable Answer previous() {
        return previous;
    }
}
