package org.bulwark.reporting.internal;

/** Why two reports are linked. */
public enum ReportLinkReason {
    /** The same normalised vehicle plate; the detail is the plate. */
    PLATE,
    /** The same normalised phone number; the detail is the number. */
    PHONE,
    /** The same online handle on the same platform; the detail is {@code platform:name}. */
    HANDLE,
    /** The same site; the detail is the site's identifier. */
    SAME_SITE,
    /** Positions within the radius; the detail is the distance in whole metres. */
    NEARBY,
    /** The same behaviour category at another site of the same sector; the detail is {@code sector/category}. */
    SECTOR_PATTERN;

    /** Whether the link comes from a shared plate, number or handle. */
    public boolean isKey() {
        return this == PLATE || this == PHONE || this == HANDLE;
    }

    static ReportLinkReason of(ReportKeyKind kind) {
        return switch (kind) {
            case PLATE -> PLATE;
            case PHONE -> PHONE;
            case HANDLE -> HANDLE;
        };
    }
}
