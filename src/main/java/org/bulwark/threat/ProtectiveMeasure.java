package org.bulwark.threat;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A protective measure of the catalogue: what to do, for which sites, and from which threat level on.
 *
 * @param code unique, such as {@code GAT-03}
 * @param domainCode the action domain it belongs to
 * @param textEn what to do, in English
 * @param textFr what to do, in French
 * @param sectors the sector codes it applies to; empty for every sector
 * @param useTypes the uses it applies to; empty for every use
 * @param tiers the regulatory tiers it applies to; empty for every tier
 * @param fromRank the rank of the active scheme from which it is active, or null when it is permanent
 * @param retired whether it has been withdrawn: a retired measure is never active
 * @param updatedAt when it was last changed
 */
public record ProtectiveMeasure(
        String code,
        String domainCode,
        String textEn,
        String textFr,
        Set<String> sectors,
        Set<UseType> useTypes,
        Set<Tier> tiers,
        @Nullable Integer fromRank,
        boolean retired,
        Instant updatedAt) {

    public ProtectiveMeasure {
        Assert.hasText(code, "code must not be blank");
        Assert.hasText(domainCode, "domainCode must not be blank");
        sectors = Set.copyOf(sectors);
        useTypes = Set.copyOf(useTypes);
        tiers = Set.copyOf(tiers);
    }

    /** The text in the given language, English where no translation applies; never returns null. */
    public String text(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? textFr : textEn;
    }

    public boolean permanent() {
        return fromRank == null;
    }

    /** Whether the measure concerns a site of this sector, use and tier, whatever the level. */
    public boolean appliesTo(String sectorCode, UseType useType, Tier tier) {
        return (sectors.isEmpty() || sectors.contains(sectorCode))
                && (useTypes.isEmpty() || useTypes.contains(useType))
                && (tiers.isEmpty() || tiers.contains(tier));
    }

    /** Whether the measure is in force at a level of this rank (for a site it applies to). */
    public boolean activeAtRank(int rank) {
        return !retired && (fromRank == null || fromRank <= rank);
    }

    /** Whether a site of this sector, use and tier must apply the measure at a level of this rank. */
    public boolean activeFor(String sectorCode, UseType useType, Tier tier, int rank) {
        return activeAtRank(rank) && appliesTo(sectorCode, useType, tier);
    }
}
