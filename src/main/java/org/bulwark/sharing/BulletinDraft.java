package org.bulwark.sharing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: checked by {@link Bulletins}, which says what is wrong with it as a whole.
 *
 * @param kind null when not chosen
 * @param tlp the marking as written, such as {@code AMBER+STRICT}; null when not chosen
 * @param title one line
 * @param body Markdown
 * @param audience audience keys such as {@code sector:hotels-restaurants}
 * @param acknowledgementRequired whether readers are asked to confirm they have read and understood it
 * @param changeNote what changed, for an update of a published bulletin
 */
public record BulletinDraft(
        @Nullable BulletinKind kind,
        @Nullable String tlp,
        @Nullable String title,
        @Nullable String body,
        List<String> audience,
        boolean acknowledgementRequired,
        @Nullable String changeNote) {

    public BulletinDraft {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }
}
