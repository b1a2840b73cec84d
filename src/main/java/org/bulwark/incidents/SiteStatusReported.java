package org.bulwark.incidents;

import java.util.UUID;

/** An affected site answered the roll-call of an incident, or changed its answer. */
public record SiteStatusReported(UUID incident, UUID site, SiteStatus status) {}
