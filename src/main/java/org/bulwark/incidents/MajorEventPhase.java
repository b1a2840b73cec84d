package org.bulwark.incidents;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The phases of a planned major event, in the only order they may follow. */
public enum MajorEventPhase {
    PREPARATORY,
    ALERT,
    OPERATIONAL,
    DEBRIEF;

    /** The phase after this one, or null after the debrief. */
    public @Nullable MajorEventPhase next() {
        return this == DEBRIEF ? null : values()[ordinal() + 1];
    }

    /** The key of this phase's display name in the message bundles. */
    public String messageKey() {
        return "events.phase." + name().toLowerCase(Locale.ROOT);
    }
}
