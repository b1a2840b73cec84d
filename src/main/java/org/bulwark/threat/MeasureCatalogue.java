package org.bulwark.threat;

import java.util.List;
import java.util.Optional;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;

/** The catalogue of protective measures by action domain, graded by threat level; coordinators edit it. */
public interface MeasureCatalogue {

    /** Every action domain in catalogue order; never returns null. */
    List<ActionDomain> domains();

    /** The action domain with this code, if any. */
    Optional<ActionDomain> domain(String code);

    /**
     * Renames an action domain in English and French.
     *
     * @throws InvalidMeasure when a name is blank or too long, or the domain is unknown
     */
    ActionDomain renameDomain(String code, String nameEn, String nameFr);

    /** Every measure, retired ones included, by domain then code; never returns null. */
    List<ProtectiveMeasure> measures();

    /** The measure with this code, ignoring case, if any. */
    Optional<ProtectiveMeasure> measure(String code);

    /**
     * The measures a site of this sector, use and tier must apply at a level of this rank, by domain then code.
     *
     * @param rank the rank of the site's effective level in the active scheme
     */
    List<ProtectiveMeasure> activeFor(String sectorCode, UseType useType, Tier tier, int rank);

    /**
     * Adds a measure.
     *
     * @throws InvalidMeasure listing every field to correct; nothing is stored then
     */
    ProtectiveMeasure add(MeasureDraft draft);

    /**
     * Changes a measure; its code stays as it is.
     *
     * @throws InvalidMeasure listing every field to correct; nothing is changed then
     */
    ProtectiveMeasure update(String code, MeasureDraft draft);

    /**
     * Deletes a measure that no site has confirmed.
     *
     * @throws InvalidMeasure when confirmations refer to it: retire it instead
     */
    void delete(String code);

    /** Withdraws a measure, or reinstates a retired one; confirmations stay on record. */
    void retire(String code, boolean retired);
}
