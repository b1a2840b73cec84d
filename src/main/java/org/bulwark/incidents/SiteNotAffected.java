package org.bulwark.incidents;

import java.util.UUID;

/** The site is unknown, or not inside any zone of the incident; nothing changed. */
public class SiteNotAffected extends RuntimeException {

    public SiteNotAffected(UUID incident, UUID site) {
        super("site " + site + " is not among the sites affected by incident " + incident);
    }
}
