package org.bulwark.identity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Someone who reads shared items, as the {@link AccessPolicy} sees them at this moment: their account, role,
 * organisation, and the audience keys that name them.
 *
 * @param account must not be null
 * @param role must not be null
 * @param organisation the approved organisation the account belongs to; null when it belongs to none, or to one that
 *     is not approved
 * @param keys the {@link Audience#key() audience keys} that reach this reader: always their own member key, and
 *     those of the network, their organisation, its sectors and region, and their sharing groups where they apply
 */
public record Reader(UUID account, Role role, @Nullable UUID organisation, Set<String> keys) {

    public Reader {
        Assert.notNull(account, "account must not be null");
        Assert.notNull(role, "role must not be null");
        Set<String> all = new LinkedHashSet<>();
        all.add(Audience.member(account).key());
        if (keys != null) {
            all.addAll(keys);
        }
        keys = Set.copyOf(all);
    }

    /** Whether one of the given audience keys reaches this reader. */
    public boolean isNamedBy(Set<String> audienceKeys) {
        for (String key : audienceKeys) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
