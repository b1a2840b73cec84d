package org.bulwark.risk;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The band of a risk score on the 5x5 matrix: 1-4 low, 5-10 medium, 12-25 high. Bands are ordered, so a measure
 * proportionate from {@link #MEDIUM} is also proportionate at {@link #HIGH}.
 */
public enum RiskBand {
    LOW,
    MEDIUM,
    HIGH;

    /** The band of a score from 1 to 25. */
    public static RiskBand of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("a risk score lies between 1 and 25, not " + score);
        }
        return score <= 4 ? LOW : score <= 10 ? MEDIUM : HIGH;
    }

    /** True when this band is strictly above the other. */
    public boolean isAbove(RiskBand other) {
        return compareTo(other) > 0;
    }

    /** The band with this name in any case, or null. */
    public static @Nullable RiskBand parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (RiskBand band : values()) {
            if (band.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
                return band;
            }
        }
        return null;
    }

    public String messageKey() {
        return "risk.band." + name().toLowerCase(Locale.ROOT);
    }
}
