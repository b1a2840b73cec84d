package org.bulwark.threat;

/** What a threat level applies to. */
public enum ScopeKind {
    /** the whole network */
    NATIONAL,
    /** the sites of organisations in one region */
    REGION,
    /** the sites of one sector of the catalogue */
    SECTOR
}
