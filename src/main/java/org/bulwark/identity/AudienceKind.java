package org.bulwark.identity;

import java.util.Locale;

/** The ways an item names who it is for. */
public enum AudienceKind {
    /** Every member of the network. */
    NETWORK,
    /** The members of every organisation active in a sector; the reference is the sector code. */
    SECTOR,
    /** The members of every organisation registered in a region; the reference is the region's name. */
    REGION,
    /** The members of one organisation; the reference is its identifier. */
    ORGANISATION,
    /** The members of a sharing group, as it is when the item is read; the reference is the group's identifier. */
    GROUP,
    /** One named person; the reference is the account's identifier. */
    MEMBER;

    /** The prefix of this kind's audience keys, such as {@code sector}. */
    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
