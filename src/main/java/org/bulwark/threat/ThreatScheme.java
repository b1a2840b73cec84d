package org.bulwark.threat;

import java.util.List;
import java.util.Optional;
import org.springframework.util.Assert;

/**
 * A threat-level scheme such as the UK's five levels or France's Vigipirate postures.
 *
 * @param code a short stable code such as {@code UK}
 * @param name the scheme's name
 * @param preset whether the scheme is shipped with the platform
 * @param active whether the network currently states its levels in this scheme (exactly one is)
 * @param levels from the lowest to the highest, ranks 1..n
 */
public record ThreatScheme(String code, String name, boolean preset, boolean active, List<ThreatLevel> levels) {

    public ThreatScheme {
        Assert.hasText(code, "code must not be blank");
        Assert.hasText(name, "name must not be blank");
        levels = List.copyOf(levels);
        Assert.notEmpty(levels, "a scheme has at least one level");
    }

    public Optional<ThreatLevel> level(int rank) {
        return rank >= 1 && rank <= levels.size() ? Optional.of(levels.get(rank - 1)) : Optional.empty();
    }

    public Optional<ThreatLevel> level(String levelCode) {
        return levels.stream().filter(l -> l.code().equalsIgnoreCase(levelCode)).findFirst();
    }

    public ThreatLevel lowest() {
        return levels.get(0);
    }

    public ThreatLevel highest() {
        return levels.get(levels.size() - 1);
    }

    /** How grave a level of this scheme looks, from 1 (its lowest) to 5 (its highest), to colour it alike in every scheme. */
    public int severityOf(ThreatLevel level) {
        return severity(level.rank(), levels.size());
    }

    /** How grave the level of a rank looks in a scheme of so many levels, from 1 to 5. */
    public static int severity(int rank, int levelCount) {
        if (levelCount <= 1) {
            return 1;
        }
        return 1 + Math.round((rank - 1) * 4f / (levelCount - 1));
    }
}
