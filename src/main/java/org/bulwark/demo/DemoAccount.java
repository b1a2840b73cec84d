package org.bulwark.demo;

import java.util.UUID;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in account of the demo network.
 *
 * @param id stable identifier, the same on every run
 * @param username unique username, such as {@code coordinator}
 * @param displayName the name shown for the account
 * @param role the account's role
 * @param memberId the member who holds the account; null for machine accounts
 * @param organisationId the organisation the account acts for; null for platform administration outside any
 *     partner
 */
public record DemoAccount(
        UUID id,
        String username,
        String displayName,
        Role role,
        @Nullable UUID memberId,
        @Nullable UUID organisationId) {}
