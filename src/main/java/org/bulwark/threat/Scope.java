package org.bulwark.threat;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Where a threat level applies: the whole network, one region or one sector.
 *
 * @param kind must not be null
 * @param value the region's name or the sector's code; null for {@link ScopeKind#NATIONAL}
 */
public record Scope(ScopeKind kind, @Nullable String value) {

    public static final Scope NATIONAL = new Scope(ScopeKind.NATIONAL, null);

    public Scope {
        Assert.notNull(kind, "kind must not be null");
        if (kind == ScopeKind.NATIONAL) {
            Assert.isNull(value, "a national scope has no value");
        } else {
            Assert.hasText(value, "a region or sector scope names its region or sector");
        }
    }

    public static Scope region(String region) {
        return new Scope(ScopeKind.REGION, region);
    }

    public static Scope sector(String sectorCode) {
        return new Scope(ScopeKind.SECTOR, sectorCode);
    }

    /** The value stored for this scope: its region or sector, or an empty string for the national scope. */
    public String key() {
        return value == null ? "" : value;
    }
}
