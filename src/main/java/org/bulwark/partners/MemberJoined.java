package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;

/** A person was added to an organisation of the network. */
public record MemberJoined(UUID member, UUID organisation, Instant at) {}
