package org.bulwark.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What the {@link AccessPolicy} needs to know of a shareable item.
 *
 * @param tlp must not be null
 * @param state must not be null
 * @param author the account that wrote the item; must not be null
 * @param authorOrganisation the organisation the author wrote for, null when none
 * @param audience the {@link Audience#key() keys} of the item's audience; must not be null
 */
public record Marking(
        Tlp tlp, ItemState state, UUID author, @Nullable UUID authorOrganisation, Set<String> audience) {

    public Marking {
        Assert.notNull(tlp, "tlp must not be null");
        Assert.notNull(state, "state must not be null");
        Assert.notNull(author, "author must not be null");
        Assert.notNull(audience, "audience must not be null");
        audience = Set.copyOf(audience);
    }
}
