package org.bulwark.threat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measure as a person states it, before it is checked: codes as text so that every mistake can be reported.
 *
 * @param code such as {@code GAT-03}
 * @param domainCode an action domain's code
 * @param textEn what to do, in English
 * @param textFr what to do, in French
 * @param sectors sector codes; empty for every sector
 * @param useTypes use-type codes such as {@code stadium}; empty for every use
 * @param tiers tier names such as {@code ENHANCED}; empty for every tier
 * @param fromRank the rank of the active scheme from which it applies, or null when permanent
 */
public record MeasureDraft(
        @Nullable String code,
        @Nullable String domainCode,
        @Nullable String textEn,
        @Nullable String textFr,
        List<String> sectors,
        List<String> useTypes,
        List<String> tiers,
        @Nullable Integer fromRank) {

    public MeasureDraft {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        useTypes = useTypes == null ? List.of() : List.copyOf(useTypes);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
