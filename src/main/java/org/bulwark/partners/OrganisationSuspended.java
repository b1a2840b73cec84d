package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;

/** A coordinator suspended an organisation; its people should stop receiving network material. */
public record OrganisationSuspended(UUID organisation, Instant at) {}
