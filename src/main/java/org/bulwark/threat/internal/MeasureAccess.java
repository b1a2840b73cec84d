package org.bulwark.threat.internal;

import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.PartnerDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and confirm site checklists. Coordinators and advisors see and confirm every site's checklist,
 * analysts read them, operators see and confirm only the sites of their own organisation; other roles have no
 * access. Coordinators alone edit the catalogue.
 */
public final class MeasureAccess {

    private final BulwarkUser user;
    private final @Nullable UUID ownOrganisation;

    private MeasureAccess(BulwarkUser user, @Nullable UUID ownOrganisation) {
        this.user = user;
        this.ownOrganisation = ownOrganisation;
    }

    public static MeasureAccess of(@Nullable BulwarkUser user, PartnerDirectory directory) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to see protective measures.");
        }
        UUID organisation = user.hasRole(Role.OPERATOR)
                ? directory.organisationOfAccount(user.accountId()).orElse(null)
                : null;
        return new MeasureAccess(user, organisation);
    }

    public BulwarkUser user() {
        return user;
    }

    public boolean isOperator() {
        return user.hasRole(Role.OPERATOR);
    }

    public @Nullable UUID ownOrganisation() {
        return ownOrganisation;
    }

    /** Whether the person sees every site's checklist and the compliance figures. */
    public boolean seesAllSites() {
        return user.hasRole(Role.COORDINATOR, Role.ADVISOR, Role.ANALYST);
    }

    public boolean canReadSitesOf(@Nullable UUID organisation) {
        return seesAllSites() || (isOperator() && ownOrganisation != null && ownOrganisation.equals(organisation));
    }

    public boolean canConfirmFor(@Nullable UUID organisation) {
        return user.hasRole(Role.COORDINATOR, Role.ADVISOR)
                || (isOperator() && ownOrganisation != null && ownOrganisation.equals(organisation));
    }

    public boolean canEditCatalogue() {
        return user.hasRole(Role.COORDINATOR);
    }

    public void requireSomeAccess() {
        if (!seesAllSites() && !isOperator()) {
            throw forbidden("Your role has no access to protective measures.");
        }
    }

    public void requireAllSites() {
        if (!seesAllSites()) {
            throw forbidden("Only coordinators, advisors and analysts see the compliance of every site.");
        }
    }

    public static ResponseStatusException forbidden(String reason) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
    }
}
