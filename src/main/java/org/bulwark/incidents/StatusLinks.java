package org.bulwark.incidents;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed links with which a person answers the roll-call of one site for one incident without signing in: the link
 * names the incident, the site and who it was made for (one account, or the operators of the site's organisation),
 * expires, and answers once.
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

    /**
     * Links for the operators of the sites' organisations, one per site, each shared by every operator of the
     * organisation it names: what an alert e-mails, so that the people of one organisation can share one message.
     * Such a link still answers for its one site and incident only, expires and answers once; the answer is recorded
     * as given through that link, for the organisation, since whoever of its operators followed it is not known.
     *
     * @param incident must not be null
     * @param organisations the operating organisation of each site; must not be null
     * @return per site, its link; none for a site without an organisation or not affected by the incident, and none
     *     at all when the incident is not active
     */
    Map<UUID, String> operatorLinks(UUID incident, Map<UUID, UUID> organisations);
}
