package org.bulwark.incidents;

import java.util.UUID;

/** A coordinator declared an incident with its first zones. */
public record IncidentDeclared(UUID incident) {}
