package org.bulwark.partners;

import java.util.List;

/**
 * The editable catalogue of crowded-places sectors. Sectors are never renumbered: their code stays the same
 * whatever they are renamed to, so other modules may keep it.
 */
public interface SectorCatalogue {

    /** Every sector, active or not, in display order; never returns null. */
    List<Sector> all();

    /**
     * Adds an active sector at the end of the catalogue.
     *
     * @param code a lower-case code such as {@code sports-clubs}, or null to derive it from the English name
     * @return the new sector
     * @throws InvalidPartnerData when a name is blank or the code or a name is taken
     */
    Sector add(String code, String nameEn, String nameFr);

    /** Renames a sector in English and French. */
    void rename(String code, String nameEn, String nameFr);

    /** Moves a sector one place up (towards the top of the list) or down. */
    void move(String code, boolean up);

    /** Hides a sector from new choices; organisations and sites that use it keep it. */
    void deactivate(String code);

    /** Offers a deactivated sector again. */
    void reactivate(String code);

    /**
     * Deletes a sector that nothing uses.
     *
     * @throws InvalidPartnerData when organisations or records of other modules use it, saying how many
     */
    void delete(String code);

    /** How many organisations work in each sector, by code; sectors nobody uses are left out. */
    java.util.Map<String, Long> organisationsPerSector();
}
