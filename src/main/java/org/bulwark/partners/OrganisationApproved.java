package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;

/** A coordinator approved an organisation, which is now a partner of the network. */
public record OrganisationApproved(UUID organisation, Instant at) {}
