package org.bulwark.sharing;

import java.time.Instant;
import java.util.UUID;

/** A bulletin went out to its audience: first published at revision 1, updated at each later revision. */
public record BulletinPublished(UUID bulletin, int revision, Instant at) {}
