package org.bulwark.sites;

import java.time.Instant;
import java.util.UUID;

/** A site left the registry; modules that keep references to it should let go of them. */
public record SiteRemoved(UUID site, Instant at) {}
