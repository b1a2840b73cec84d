package org.bulwark.risk.internal;

import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.PartnerDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with assessments. Coordinators, analysts and advisors read every assessment; operators only
 * those of their own organisation's sites; partner systems, oversight officers and administrators none. Operators
 * of the site's organisation, advisors and coordinators write and submit; advisors and coordinators review.
 */
public final class RiskAccess {

    private final BulwarkUser user;
    private final @Nullable UUID ownOrganisation;

    private RiskAccess(BulwarkUser user, @Nullable UUID ownOrganisation) {
        this.user = user;
        this.ownOrganisation = ownOrganisation;
    }

    public static RiskAccess of(BulwarkUser user, PartnerDirectory partners) {
        UUID organisation = user.hasRole(Role.OPERATOR)
                ? partners.organisationOfAccount(user.accountId()).orElse(null)
                : null;
        return new RiskAccess(user, organisation);
    }

    public BulwarkUser user() {
        return user;
    }

    /** Whether the role has any access to assessments. */
    public boolean canUse() {
        return user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.OPERATOR);
    }

    public boolean canRead(@Nullable UUID siteOrganisation) {
        if (user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR)) {
            return true;
        }
        return user.hasRole(Role.OPERATOR) && ownOrganisation != null && ownOrganisation.equals(siteOrganisation);
    }

    public boolean canWrite(@Nullable UUID siteOrganisation) {
        if (user.hasRole(Role.COORDINATOR, Role.ADVISOR)) {
            return true;
        }
        return user.hasRole(Role.OPERATOR) && canRead(siteOrganisation);
    }

    public boolean canReview() {
        return user.hasRole(Role.COORDINATOR, Role.ADVISOR);
    }
}
