package org.bulwark.sharing;

import java.time.Instant;
import java.util.UUID;
import org.bulwark.identity.ItemState;
import org.bulwark.identity.Tlp;
import org.jspecify.annotations.Nullable;

/** A line of the inbox, of a search or of a list of drafts. */
public record BulletinSummary(
        UUID id,
        BulletinKind kind,
        ItemState state,
        Tlp tlp,
        String title,
        String authorName,
        int revision,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant revisedAt,
        boolean acknowledgementRequired,
        boolean read,
        boolean acknowledged) {}
