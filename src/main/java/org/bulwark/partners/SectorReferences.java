package org.bulwark.partners;

/**
 * Implemented by modules that store sector codes (sites, for example), so that a sector they use is never
 * deleted. Implementations are Spring beans; the catalogue asks every one of them before a deletion.
 */
public interface SectorReferences {

    /** How many of the module's records use the sector; zero when none does. */
    long countUsing(String sectorCode);

    /**
     * Key of a message, in the implementing module's bundle, that describes the count, such as
     * {@code sites.sectorUsage={0} sites}; it receives the count as its only argument.
     */
    String messageKey();
}
