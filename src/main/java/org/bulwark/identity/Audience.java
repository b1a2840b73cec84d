package org.bulwark.identity;

import java.util.Locale;
import org.springframework.util.Assert;

/**
 * One part of an item's audience: a kind and what it refers to. Its {@link #key()} is how the audience is stored
 * and matched against a {@link Reader}'s keys.
 *
 * @param kind must not be null
 * @param reference the sector code, region name, or organisation, group or account identifier; empty for the whole
 *     network
 */
public record Audience(AudienceKind kind, String reference) {

    public static final Audience NETWORK = new Audience(AudienceKind.NETWORK, "");

    public Audience {
        Assert.notNull(kind, "kind must not be null");
        Assert.notNull(reference, "reference must not be null");
        reference = reference.strip();
        Assert.isTrue(kind == AudienceKind.NETWORK || !reference.isEmpty(), "reference must not be empty");
        Assert.isTrue(reference.length() <= 120, "reference must be at most 120 characters");
        if (kind == AudienceKind.REGION) {
            // regions are matched ignoring case, as the directory lists them
            reference = reference.toLowerCase(Locale.ROOT);
        }
        if (kind == AudienceKind.NETWORK) {
            reference = "";
        }
    }

    /** The stored form, such as {@code sector:hotels-restaurants} or {@code network}; never returns null. */
    public String key() {
        return kind == AudienceKind.NETWORK ? kind.prefix() : kind.prefix() + ":" + reference;
    }

    /**
     * The audience a stored key stands for.
     *
     * @throws IllegalArgumentException when the key has no known kind
     */
    public static Audience ofKey(String key) {
        Assert.hasText(key, "key must not be empty");
        int colon = key.indexOf(':');
        String prefix = colon < 0 ? key : key.substring(0, colon);
        AudienceKind kind = AudienceKind.valueOf(prefix.toUpperCase(Locale.ROOT));
        return new Audience(kind, colon < 0 ? "" : key.substring(colon + 1));
    }

    public static Audience member(java.util.UUID account) {
        return new Audience(AudienceKind.MEMBER, account.toString());
    }
}
