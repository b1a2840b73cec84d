package org.bulwark.partners;

import java.util.UUID;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator states about a person of an organisation.
 *
 * @param fullName must not be blank
 * @param jobTitle the person's position in the organisation, or null
 * @param email must be a valid e-mail address
 * @param phone a telephone number, or null
 * @param role the person's role in the network; must not be null
 * @param accountId the person's sign-in account, or null; an account belongs to at most one member
 */
public record MemberDetails(
        String fullName,
        @Nullable String jobTitle,
        String email,
        @Nullable String phone,
        Role role,
        @Nullable UUID accountId) {}
