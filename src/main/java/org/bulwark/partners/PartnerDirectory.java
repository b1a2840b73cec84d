package org.bulwark.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read access to the partnership for other modules: organisations, the sector catalogue and memberships. */
public interface PartnerDirectory {

    /** The organisation with this identifier, if any. */
    Optional<OrganisationSummary> organisation(UUID id);

    /** The organisation with this name, ignoring case, if any. */
    Optional<OrganisationSummary> organisationNamed(String name);

    /** All organisations ordered by name; never returns null. */
    List<OrganisationSummary> organisations();

    /** How many organisations the network has, whatever their status. */
    long organisationCount();

    /** Names of the given organisations, keyed by identifier; unknown identifiers are left out. */
    Map<UUID, String> namesOf(Collection<UUID> ids);

    /** The organisation whose member holds this account, if the account belongs to a member. */
    Optional<UUID> organisationOfAccount(UUID accountId);

    /** The active sectors of the catalogue in their display order; never returns null. */
    List<Sector> sectors();

    /** The sector with this code, active or not, if any. */
    Optional<Sector> sector(String code);
}
