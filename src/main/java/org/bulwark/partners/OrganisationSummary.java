package org.bulwark.partners;

import java.util.UUID;

/** What other modules need to know of a partner organisation. */
public record OrganisationSummary(UUID id, String name, OrganisationKind kind, String region, String status) {}
