package org.bulwark.incidents;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder of a major event: a partner organisation of the registry, or a named contact outside it.
 *
 * @param organisation the partner organisation, or null for a named contact
 * @param name the organisation's name when it was added, or the contact's name
 * @param contact a line saying how to reach them (telephone, e-mail, radio channel), or null
 * @param responsibility what they are responsible for at the event
 */
public record Stakeholder(
        UUID id,
        @Nullable UUID organisation,
        String name,
        StakeholderRole role,
        @Nullable String contact,
        String responsibility,
        Instant addedAt,
        String addedBy) {

    public boolean isPartner() {
        return organisation != null;
    }
}
