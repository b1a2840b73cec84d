package org.bulwark.sharing;

import java.time.LocalDate;
import org.bulwark.identity.Tlp;
import org.jspecify.annotations.Nullable;

/**
 * What to look for among the bulletins a reader may read; every part is optional.
 *
 * @param text words that must all appear in the title or text (the last one may be the start of a word)
 * @param sector only bulletins addressed to this sector
 * @param from published on or after this day (in the network's time zone)
 * @param to published on or before this day
 * @param unreadOnly only those the reader has not opened
 */
public record BulletinQuery(
        @Nullable String text,
        @Nullable BulletinKind kind,
        @Nullable Tlp tlp,
        @Nullable String sector,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        boolean unreadOnly) {

    public static final BulletinQuery ALL = new BulletinQuery(null, null, null, null, null, null, false);
}
