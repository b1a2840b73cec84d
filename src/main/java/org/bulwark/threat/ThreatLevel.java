package org.bulwark.threat;

import org.springframework.util.Assert;

/**
 * One level of a scheme. Ranks start at 1 for the lowest level; a higher rank is a more serious threat, so ranks
 * compare across scopes of the same scheme.
 *
 * @param schemeCode the scheme this level belongs to
 * @param rank 1 for the lowest level
 * @param code a short stable code such as {@code SUBSTANTIAL}
 * @param name the level's name in the scheme's own words
 * @param meaning what the level means, such as "an attack is likely"
 */
public record ThreatLevel(String schemeCode, int rank, String code, String name, String meaning) {

    public ThreatLevel {
        Assert.hasText(schemeCode, "schemeCode must not be blank");
        Assert.isTrue(rank >= 1, "rank starts at 1");
        Assert.hasText(code, "code must not be blank");
        Assert.hasText(name, "name must not be blank");
        Assert.notNull(meaning, "meaning must not be null");
    }
}
