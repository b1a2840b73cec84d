package org.bulwark.sharing;

import java.time.Instant;
import java.util.List;
import org.bulwark.identity.Tlp;
import org.jspecify.annotations.Nullable;

/** A published revision of a bulletin, as its readers saw it. */
public record Revision(
        int number,
        Tlp tlp,
        String title,
        String body,
        List<String> audience,
        @Nullable String changeNote,
        Instant publishedAt) {}
