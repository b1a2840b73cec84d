package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person to be accredited for a major event, with the latest decision on their screening.
 *
 * @param organisation the partner organisation that employs them, or null when the employer is outside the registry
 * @param employer the employer's name
 * @param role what they do at the event
 * @param areas the accreditation zones or areas they may enter, short labels such as {@code PITCH}
 * @param decidedBy who gave the current status
 * @param refusalReason why they were refused; only while REFUSED, and only ever shown to coordinators
 */
public record Accreditation(
        UUID id,
        UUID event,
        String name,
        @Nullable UUID organisation,
        String employer,
        String role,
        List<String> areas,
        ScreeningStatus status,
        Instant decidedAt,
        String decidedBy,
        @Nullable String refusalReason) {

    public Accreditation {
        areas = List.copyOf(areas);
    }

    /** The same accreditation without the refusal reason, as operators see it. */
    public Accreditation withoutReason() {
        return new Accreditation(
                id, event, name, organisation, employer, role, areas, status, decidedAt, decidedBy, null);
    }
}
