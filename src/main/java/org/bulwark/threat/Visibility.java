package org.bulwark.threat;

/** Who may see a threat level. */
public enum Visibility {
    /** anyone, including the public pages and feeds */
    PUBLIC,
    /** members of the network only */
    PARTNERS
}
