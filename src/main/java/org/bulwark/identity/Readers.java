package org.bulwark.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who the readers of the network are, worked out from the partnership as it is now (organisations, their sectors
 * and regions, sharing groups). The partner registry provides it; the {@link AccessPolicy} relies on it.
 */
public interface Readers {

    /** The reader behind an account; an account that belongs to no approved organisation gets only its own key. */
    Reader reader(UUID account, Role role);

    /** The readers behind these enabled accounts, in no particular order; unknown or disabled accounts are left out. */
    List<Reader> readers(Collection<UUID> accounts);

    /**
     * Every enabled account that one of these audience keys reaches, in no particular order; never returns null.
     * The caller still asks the {@link AccessPolicy} whether each of them may read the item.
     */
    List<Reader> reachedBy(Collection<String> audienceKeys);
}
