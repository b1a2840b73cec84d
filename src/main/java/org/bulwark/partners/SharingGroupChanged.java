package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;

/** A sharing group was created, renamed, deleted, or gained or lost a member. */
public record SharingGroupChanged(UUID group, Instant at) {}
