package org.bulwark.reporting;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Where a report stands in triage. */
public enum ReportState {
    RECEIVED,
    UNDER_REVIEW,
    ESCALATED,
    REFERRED,
    CLOSED_UNFOUNDED,
    CLOSED_NOT_RELEVANT;

    /** Whether triage of the report is over. */
    public boolean closed() {
        return this == CLOSED_UNFOUNDED || this == CLOSED_NOT_RELEVANT;
    }

    /** The key of this state's display name in the message bundles. */
    public String messageKey() {
        return "reporting.state." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The key of the state as a public reporter reads it on their receipt page: received, being looked at, or dealt
     * with; never whether it was escalated or found unfounded.
     */
    public String publicMessageKey() {
        return switch (this) {
            case RECEIVED -> "reporting.public.state.received";
            case UNDER_REVIEW, ESCALATED -> "reporting.public.state.review";
            case REFERRED, CLOSED_UNFOUNDED, CLOSED_NOT_RELEVANT -> "reporting.public.state.done";
        };
    }

    /** The state written in any case, or null when the text names none. */
    public static @Nullable ReportState parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
