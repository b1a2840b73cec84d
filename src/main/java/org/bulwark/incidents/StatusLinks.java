package org.bulwark.incidents;

import java.util.Optional;
import java.util.UUID;

/**
 * Links with which a person reports the status of a site in an alert's e-mail or text message without signing in.
 * When a bean of this type exists, each recipient with an account gets their own e-mail with one link per site.
 */
public interface StatusLinks {

    /**
     * The absolute link for this person to report this site's status during the incident, or empty for none.
     *
     * @param incident must not be null
     * @param site must not be null
     * @param account the recipient's account; must not be null
     */
    Optional<String> linkFor(UUID incident, UUID site, UUID account);
}
