package org.bulwark.incidents;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change to an incident: who made it, when, and what it was.
 *
 * @param zone the zone concerned, or null for changes to the incident as a whole
 * @param site the site concerned, or null
 * @param detail a short line saying more, such as the message sent or the status given, or null
 */
public record TimelineEntry(
        Instant at,
        String who,
        What what,
        @Nullable UUID zone,
        @Nullable UUID site,
        @Nullable String detail) {

    /** The kinds of change the timeline records. */
    public enum What {
        DECLARED,
        ZONE_ADDED,
        ZONE_REDRAWN,
        CLOSED,
        ALERT_SENT,
        /** A site answered the roll-call; the detail is a {@link StatusDetail} line. */
        STATUS_REPORTED,
        /** A site left the roll-call unanswered past the wait; the detail names the contacts e-mailed. */
        ESCALATED,
        /** A coordinator changed how long sites have to answer; the detail is the wait in minutes. */
        ESCALATION_WAIT_SET,
        EVENT_LINKED,
        EVENT_UNLINKED,
        /** An alert in CAP was issued about the incident; the detail gives its headline and scope. */
        CAP_ISSUED,
        /** An alert in CAP about the incident was updated. */
        CAP_UPDATED,
        /** An alert in CAP about the incident was cancelled. */
        CAP_CANCELLED;

        public String messageKey() {
            return "incidents.timeline." + name().toLowerCase(Locale.ROOT);
        }
    }
}
