package org.bulwark.threat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A request to set the level of a scope, in the active scheme.
 *
 * @param scope must not be null
 * @param levelCode a level code of the active scheme
 * @param reason why, for the record and for the people told; must not be blank
 * @param expiresAt when the level lapses, or null; must be in the future
 * @param visibility who may see it
 */
public record LevelChange(
        Scope scope,
        String levelCode,
        String reason,
        @Nullable Instant expiresAt,
        Visibility visibility) {

    public LevelChange {
        Assert.notNull(scope, "scope must not be null");
        Assert.hasText(levelCode, "levelCode must not be blank");
        Assert.notNull(reason, "reason must not be null");
        Assert.notNull(visibility, "visibility must not be null");
    }
}
