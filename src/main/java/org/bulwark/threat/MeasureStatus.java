package org.bulwark.threat;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a site's operator states about an active measure. */
public enum MeasureStatus {
    IN_PLACE,
    PARTLY,
    NOT_POSSIBLE;

    /** Whether a note must explain the status. */
    public boolean needsNote() {
        return this != IN_PLACE;
    }

    public String messageKey() {
        return "measures.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The status with this name ignoring case and dashes, or null when none matches. */
    public static @Nullable MeasureStatus parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (MeasureStatus status : values()) {
            if (status.name().equals(normal)) {
                return status;
            }
        }
        return null;
    }
}
