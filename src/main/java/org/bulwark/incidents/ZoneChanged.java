package org.bulwark.incidents;

import java.util.UUID;

/** A zone of an incident was added or redrawn, and its affected sites recomputed. */
public record ZoneChanged(UUID incident, UUID zone) {}
