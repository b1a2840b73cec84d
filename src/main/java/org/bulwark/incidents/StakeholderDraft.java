package org.bulwark.incidents;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder as a coordinator adds it; checked by {@link EventStakeholders#add}, which names each field at fault.
 *
 * @param organisation an approved partner organisation; give either it or {@code name}
 * @param name the name of a contact outside the registry; give either it or {@code organisation}
 * @param contact required for a named contact; optional for a partner organisation, whose registry entry has one
 */
public record StakeholderDraft(
        @Nullable UUID organisation,
        @Nullable String name,
        @Nullable StakeholderRole role,
        @Nullable String contact,
        @Nullable String responsibility) {}
