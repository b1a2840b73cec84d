package org.bulwark.sites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The site registry as other modules use it. These methods apply no per-user access rule: callers act for the
 * system (alert fan-out, demo data, benchmarks) and must filter what they show to a person themselves.
 */
public interface Sites {

    /** The site with this identifier, if any. */
    Optional<Site> findById(UUID id);

    /** The sites with these identifiers, in no particular order; unknown identifiers are left out. */
    List<Site> findAllById(Collection<UUID> ids);

    /** How many sites the registry holds. */
    long count();

    /**
     * Registers one site, computing its tier and H3 cell, and publishes {@link SiteRegistered}.
     *
     * @throws IllegalArgumentException when the sector or the organisation is unknown
     */
    Site register(SiteDetails details);

    /**
     * Registers many sites in one transaction with batched inserts, publishing one {@link SiteRegistered} each.
     * Either all are stored or none. Keep each call to some tens of thousands of sites; call again for more.
     *
     * @return the identifiers of the new sites, in the order given
     * @throws IllegalArgumentException naming the position of the first site whose sector or organisation is
     *     unknown; nothing is stored then
     */
    List<UUID> registerAll(List<SiteDetails> details);

    /**
     * The organisations that operate at least one site, of one sector or of any.
     *
     * @param sectorCode only sites of this sector, or null for every site
     * @return never null
     */
    Set<UUID> organisationsOperatingSites(@Nullable String sectorCode);

    /**
     * The profiles of every site, or of one organisation's sites, ordered by name.
     *
     * @param organisationId the operating organisation, or null for every site
     */
    List<SiteProfile> profiles(@Nullable UUID organisationId);

    /** The tier the current rules give a site of this use and capacity. */
    Tier tierOf(UseType useType, int capacity);
}
