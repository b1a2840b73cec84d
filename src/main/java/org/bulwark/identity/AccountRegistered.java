package org.bulwark.identity;

import java.time.Instant;
import java.util.UUID;

/** A new account was registered. */
public record AccountRegistered(UUID account, Instant at) {}
