package org.bulwark.incidents;

import java.util.Optional;
import java.util.UUID;

/**
 * Signed links with which a person answers the roll-call of one site for one incident without signing in: the link
 * names the incident, the site and the account it was made for, expires, and answers once.
 */
public interface StatusLinks {

    /**
     * A link for this account to answer for this site, as an absolute URL built on the configured public base URL.
     *
     * @param incident must not be null
     * @param site must not be null
     * @param account the person the link is sent to, recorded as the one who answered; must not be null
     * @return empty when there is no such active incident, or the site is not affected by it
     */
    Optional<String> linkFor(UUID incident, UUID site, UUID account);
}
