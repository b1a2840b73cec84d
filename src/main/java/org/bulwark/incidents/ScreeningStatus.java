package org.bulwark.incidents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Where the screening of a person to be accredited stands. */
public enum ScreeningStatus {
    PENDING,
    CLEARED,
    REFUSED,
    WITHDRAWN;

    /**
     * The status written as given, ignoring case and surrounding spaces.
     *
     * @throws InvalidMajorEvent naming the field and the statuses there are, when it is none of them
     */
    public static ScreeningStatus parse(String field, @Nullable String text) {
        String clean = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ScreeningStatus status : values()) {
            if (status.name().equals(clean)) {
                return status;
            }
        }
        String known = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        throw new InvalidMajorEvent(List.of(new InvalidMajorEvent.Problem(
                field,
                clean.isEmpty()
                        ? "is required: one of " + known
                        : "'" + text.strip() + "' is not a screening status; use one of " + known)));
    }

    /** The key of this status's display name in the message bundles. */
    public String messageKey() {
        return "events.accreditation.status." + name().toLowerCase(Locale.ROOT);
    }
}
