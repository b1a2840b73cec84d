package org.bulwark.partners;

/** Where an organisation stands in the network: only approved organisations take part. */
public enum OrganisationStatus {
    /** Registered, waiting for a coordinator to approve it. */
    PENDING,
    /** A full partner of the network. */
    APPROVED,
    /** Temporarily excluded by a coordinator; it may be approved again. */
    SUSPENDED
}
