package org.bulwark.sites.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a signed-in person may do with sites: the one path pages and the API take, so that the access rule is
 * applied the same way everywhere.
 */
@Service
@Transactional(readOnly = true)
public class SiteRegistry {

    private final JdbcSites sites;
    private final PartnerDirectory partners;
    private final TierRules tierRules;
    private final Clock clock = Clock.systemUTC();

    public SiteRegistry(JdbcSites sites, PartnerDirectory partners, TierRules tierRules) {
        this.sites = sites;
        this.partners = partners;
        this.tierRules = tierRules;
    }

    public SiteAccess access(@Nullable BulwarkUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to see sites.");
        }
        return SiteAccess.of(user, partners);
    }

    /** The catalogues and rights for checking what this person states. */
    public SiteInputs inputs(SiteAccess access) {
        return SiteInputs.of(partners, access);
    }

    public SitePage search(SiteFilter filter, SiteAccess access, int page, int size, JdbcSites.SiteOrder order) {
        access.requireRead();
        return sites.search(filter, access, Math.max(0, page), Math.min(Math.max(1, size), 500), order);
    }

    public List<JdbcSites.Marker> markers(SiteFilter filter, SiteAccess access, int limit) {
        access.requireRead();
        return sites.markers(filter, access, limit);
    }

    /** The site if the person may read it; a site they may not read is reported as not found. */
    public Site get(UUID id, SiteAccess access) {
        access.requireRead();
        return sites.findVisible(id, access).orElseThrow(() -> notFound(id));
    }

    public Optional<Site> find(UUID id, SiteAccess access) {
        access.requireRead();
        return sites.findVisible(id, access);
    }

    @Transactional
    public Site create(SiteDetails details, SiteAccess access) {
        access.requireCreate();
        requireOrganisationAllowed(details, access);
        Site site = Site.register(details, tierRules.tierOf(details.useType(), details.capacity()), clock.instant());
        sites.insert(site);
        return site;
    }

    /**
     * Changes a site the person may edit.
     *
     * @param expectedVersion the version the person saw, or null to overwrite whatever is stored
     */
    /** The site if the person may change it; checked before their input so that a refusal says why. */
    public Site editable(UUID id, SiteAccess access) {
        Site site = get(id, access);
        if (!access.canEdit(site)) {
            throw SiteAccess.forbidden(
                    access.limitedToOwnOrganisation()
                            ? "You can only change the sites of your own organisation."
                            : "Your role can read sites but not change them.");
        }
        return site;
    }

    @Transactional
    public Site update(UUID id, SiteDetails details, @Nullable Long expectedVersion, SiteAccess access) {
        Site site = editable(id, access);
        requireOrganisationAllowed(details, access);
        Site current = expectedVersion == null
                ? site
                : Site.restore(
                        site.id(), site.details(), site.tier(), site.createdAt(), site.updatedAt(), expectedVersion);
        current.change(details, tierRules.tierOf(details.useType(), details.capacity()), clock.instant());
        sites.update(current, access);
        return current;
    }

    @Transactional
    public void delete(UUID id, SiteAccess access) {
        Site site = get(id, access);
        if (!access.canDelete(site)) {
            throw SiteAccess.forbidden("Only coordinators and advisors can remove sites from the registry.");
        }
        sites.delete(site);
    }

    public TierRules.Assessment assess(Site site) {
        return tierRules.assess(site.details().useType(), site.details().capacity());
    }

    private static void requireOrganisationAllowed(SiteDetails details, SiteAccess access) {
        if (!access.canAssignAnyOrganisation()
                && (access.ownOrganisation() == null
                        || !access.ownOrganisation().equals(details.organisationId()))) {
            throw SiteAccess.forbidden("You can only register sites of your own organisation.");
        }
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no site " + id + " that you can see.");
    }
}
