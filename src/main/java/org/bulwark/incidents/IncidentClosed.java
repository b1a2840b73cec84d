package org.bulwark.incidents;

import java.util.UUID;

/** An incident was closed; its zones no longer change. */
public record IncidentClosed(UUID incident) {}
