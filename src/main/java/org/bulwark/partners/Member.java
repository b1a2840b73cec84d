package org.bulwark.partners;

import java.time.Instant;
import java.util.UUID;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;

/** A person of a partner organisation. */
public record Member(
        UUID id,
        UUID organisation,
        String fullName,
        @Nullable String jobTitle,
        String email,
        @Nullable String phone,
        Role role,
        @Nullable UUID accountId,
        Instant joinedAt) {

    /** The details as a coordinator would edit them. */
    public MemberDetails details() {
        return new MemberDetails(fullName, jobTitle, email, phone, role, accountId);
    }
}
