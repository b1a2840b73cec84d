package org.bulwark.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.ItemState;
import org.bulwark.identity.Marking;
import org.bulwark.identity.Tlp;
import org.jspecify.annotations.Nullable;

/**
 * A bulletin as its reader may see it.
 *
 * @param audience the audience keys
 * @param revision the number of the published revision, 0 while never published
 * @param read whether the reader has opened it before
 * @param acknowledgedAt when the reader acknowledged it, null when they have not
 */
public record Bulletin(
        UUID id,
        BulletinKind kind,
        ItemState state,
        Tlp tlp,
        String title,
        String body,
        List<String> audience,
        boolean acknowledgementRequired,
        UUID authorId,
        String authorName,
        @Nullable UUID authorOrganisation,
        int revision,
        @Nullable String changeNote,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant revisedAt,
        @Nullable Instant retractedAt,
        @Nullable String retractionReason,
        long version,
        boolean read,
        @Nullable Instant acknowledgedAt,
        List<Attachment> attachments) {

    /** What the access policy needs to know of this bulletin. */
    public Marking marking() {
        return new Marking(tlp, state, authorId, authorOrganisation, Set.copyOf(audience));
    }

    /** A file attached to a bulletin, without its content. */
    public record Attachment(UUID id, String fileName, String contentType, int size, Instant addedAt) {}
}
