package org.bulwark.sites;

import java.time.Instant;
import java.util.UUID;

/** A site joined the registry. */
public record SiteRegistered(UUID site, Instant at) {}
