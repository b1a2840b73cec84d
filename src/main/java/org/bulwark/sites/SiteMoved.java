package org.bulwark.sites;

import java.time.Instant;
import java.util.UUID;

/** A site's position changed, so the zones it falls in may have changed too. */
public record SiteMoved(UUID site, Instant at) {}
