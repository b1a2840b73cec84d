package org.bulwark.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who the bulletin is addressed to now, and who of them has acknowledged it; for its author and coordinators. */
public record Acknowledgements(UUID bulletin, List<Recipient> acknowledged, List<Recipient> pending) {

    /**
     * @param organisation the name of the recipient's organisation, null when none
     * @param at when they acknowledged, null while pending
     * @param revision the revision they acknowledged, 0 while pending
     */
    public record Recipient(
            UUID account,
            String name,
            @Nullable String organisation,
            @Nullable Instant at,
            int revision) {}
}
