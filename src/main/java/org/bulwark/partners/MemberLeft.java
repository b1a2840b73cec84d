package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;

/** A person was removed from an organisation of the network. */
public record MemberLeft(UUID member, UUID organisation, Instant at) {}
