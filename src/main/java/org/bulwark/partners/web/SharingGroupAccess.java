package org.bulwark.partners.web;

import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and change sharing groups, for the pages' and the API's {@code @PreAuthorize}: the access policy
 * decides who manages them; coordinators and analysts may look at them, as they address items to groups.
 */
@Component("sharingGroupAccess")
class SharingGroupAccess {

    private final AccessPolicy policy;
    private final Readers readers;

    SharingGroupAccess(AccessPolicy policy, Readers readers) {
        this.policy = policy;
        this.readers = readers;
    }

    public boolean mayManage(@Nullable Authentication authentication) {
        BulwarkUser user = BulwarkUser.from(authentication);
        return user != null && policy.mayManageSharingGroups(readers.reader(user.accountId(), user.role()));
    }

    public boolean mayRead(@Nullable Authentication authentication) {
        BulwarkUser user = BulwarkUser.from(authentication);
        return user != null && (user.hasRole(Role.COORDINATOR, Role.ANALYST) || mayManage(authentication));
    }
}
