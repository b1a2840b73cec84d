package org.bulwark.incidents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a status link shows the person who opens it: the incident, the site and until when the link works.
 *
 * @param incidentType an attack-method code of the risk catalogue, or {@link Incidents#OTHER}
 * @param answered the answer just given through the link, or null before
 */
public record StatusLinkView(
        String incidentType,
        String incidentPlace,
        String siteName,
        String siteAddress,
        Instant expiresAt,
        @Nullable SiteStatus answered) {}
