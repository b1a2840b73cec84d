package org.bulwark.threat;

import java.util.List;
import org.springframework.util.Assert;

/**
 * A custom scheme to create.
 *
 * @param code a short stable code, letters, digits, '-' and '_'
 * @param name the scheme's name
 * @param levels from the lowest to the highest; at least two, with distinct codes
 */
public record NewThreatScheme(String code, String name, List<Level> levels) {

    public NewThreatScheme {
        Assert.notNull(code, "code must not be null");
        Assert.notNull(name, "name must not be null");
        levels = List.copyOf(levels);
    }

    /** One level of the new scheme, in the scheme's own words. */
    public record Level(String code, String name, String meaning) {

        public Level {
            Assert.notNull(code, "code must not be null");
            Assert.notNull(name, "name must not be null");
            Assert.notNull(meaning, "meaning must not be null");
        }
    }
}
