package org.bulwark.incidents;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The detail line of a {@link TimelineEntry.What#STATUS_REPORTED} entry: the status, the channel it came through and
 * the note, written so that the timeline can show each part in the reader's language.
 *
 * @param channel {@code APP}, {@code API} or {@code LINK}
 */
public record StatusDetail(
        SiteStatus status, String channel, @Nullable String note) {

    private static final String SEPARATOR = " · ";

    /** The line stored on the timeline. */
    public static String of(SiteStatus status, String channel, @Nullable String note) {
        return status.name() + SEPARATOR + channel + (note == null ? "" : SEPARATOR + note);
    }

    /** The parts of a stored line; empty for a line in any other form. */
    public static Optional<StatusDetail> parse(@Nullable String line) {
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.split(SEPARATOR, 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        return SiteStatus.parse(parts[0])
                .map(status -> new StatusDetail(status, parts[1], parts.length == 3 ? parts[2] : null));
    }
}
