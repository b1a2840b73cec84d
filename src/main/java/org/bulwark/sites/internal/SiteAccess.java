package org.bulwark.sites.internal;

import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.Site;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the site registry. Coordinators, analysts, advisors and partner systems read every site;
 * operators read and edit only the sites of their own organisation; oversight officers and administrators have no
 * access to the registry. Coordinators and advisors create, edit and delete any site. Queries take the read scope
 * from here, so the rule holds for pages, API, map and exports alike.
 */
public final class SiteAccess {

    private final BulwarkUser user;
    private final @Nullable UUID ownOrganisation;

    private SiteAccess(BulwarkUser user, @Nullable UUID ownOrganisation) {
        this.user = user;
        this.ownOrganisation = ownOrganisation;
    }

    public static SiteAccess of(BulwarkUser user, PartnerDirectory partners) {
        UUID organisation = user.hasRole(Role.OPERATOR)
                ? partners.organisationOfAccount(user.accountId()).orElse(null)
                : null;
        return new SiteAccess(user, organisation);
    }

    public BulwarkUser user() {
        return user;
    }

    public boolean canRead() {
        return user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.INTEGRATION, Role.OPERATOR);
    }

    /** True when reads are limited to one organisation's sites (operators). */
    public boolean limitedToOwnOrganisation() {
        return user.hasRole(Role.OPERATOR);
    }

    /** The operator's organisation, or null for other roles and for operators who belong to none. */
    public @Nullable UUID ownOrganisation() {
        return ownOrganisation;
    }

    public boolean canRead(Site site) {
        if (!canRead()) {
            return false;
        }
        return !limitedToOwnOrganisation() || isOwn(site.details().organisationId());
    }

    /** Coordinators, advisors and operators who belong to an organisation may add sites. */
    public boolean canCreate() {
        return user.hasRole(Role.COORDINATOR, Role.ADVISOR) || (limitedToOwnOrganisation() && ownOrganisation != null);
    }

    public boolean canEdit(Site site) {
        if (user.hasRole(Role.COORDINATOR, Role.ADVISOR)) {
            return true;
        }
        return limitedToOwnOrganisation() && isOwn(site.details().organisationId());
    }

    /** Removing a site affects incidents and assessments, so it is left to the police side. */
    public boolean canDelete(Site site) {
        return user.hasRole(Role.COORDINATOR, Role.ADVISOR);
    }

    /** Coordinators and advisors may set any operating organisation; operators only their own. */
    public boolean canAssignAnyOrganisation() {
        return user.hasRole(Role.COORDINATOR, Role.ADVISOR);
    }

    /** Import reports belong to the person who imported; coordinators see all. */
    public boolean canSeeImportsOfOthers() {
        return user.hasRole(Role.COORDINATOR);
    }

    public void requireRead() {
        if (!canRead()) {
            throw forbidden("Your role has no access to the site registry.");
        }
    }

    public void requireCreate() {
        if (!canCreate()) {
            throw forbidden(
                    limitedToOwnOrganisation()
                            ? "Your account is not a member of a partner organisation, so you cannot add sites."
                            : "Your role cannot add sites.");
        }
    }

    private boolean isOwn(@Nullable UUID organisation) {
        return ownOrganisation != null && ownOrganisation.equals(organisation);
    }

    public static ResponseStatusException forbidden(String reason) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
    }
}
