package org.bulwark.sharing;

import java.time.Instant;
import java.util.UUID;

/** A published bulletin was withdrawn. */
public record BulletinRetracted(UUID bulletin, Instant at) {}
