package org.bulwark.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local accounts of the network, for other modules: register accounts (the demo network, partner onboarding)
 * and look them up.
 */
public interface Accounts {

    /**
     * Registers a new, enabled account and publishes {@link AccountRegistered}.
     *
     * @param account must not be null
     * @return the identifier of the new account, never null
     * @throws AccountRejectedException when the username is taken or invalid, or the password breaks the policy;
     *     nothing is stored then
     */
    UUID register(NewAccount account);

    /** Whether an account with this username exists, ignoring case. */
    boolean exists(String username);

    /** The account with this identifier, if any. */
    Optional<AccountSummary> find(UUID id);

    /** The account with this username, ignoring case, if any. */
    Optional<AccountSummary> findByUsername(String username);

    /** All accounts ordered by username; never returns null. */
    List<AccountSummary> all();
}
