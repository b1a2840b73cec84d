package org.bulwark.partners.web;

import java.util.Optional;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see what of the partner directory. Contact details are personal data: only the police roles that
 * work with partners and the organisation's own people may read them; everyone else sees names and job titles.
 */
@Component
class PartnerAccess {

    private final PartnerDirectory directory;

    PartnerAccess(PartnerDirectory directory) {
        this.directory = directory;
    }

    /** The organisation the user belongs to as a member, if any. */
    Optional<UUID> ownOrganisation(@Nullable BulwarkUser user) {
        return user == null ? Optional.empty() : directory.organisationOfAccount(user.accountId());
    }

    boolean mayReadContactsOf(@Nullable BulwarkUser user, UUID organisation) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR)) {
            return true;
        }
        return ownOrganisation(user).map(organisation::equals).orElse(false);
    }

    /** Coordinators see every organisation; the others see approved partners and their own organisation. */
    boolean maySee(@Nullable BulwarkUser user, Organisation organisation) {
        if (user == null) {
            return false;
        }
        if (isCoordinator(user) || organisation.status() == OrganisationStatus.APPROVED) {
            return true;
        }
        return ownOrganisation(user).map(organisation.id()::equals).orElse(false);
    }

    static boolean isCoordinator(@Nullable BulwarkUser user) {
        return user != null && user.hasRole(Role.COORDINATOR);
    }
}
