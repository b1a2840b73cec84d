package org.bulwark.sharing;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the indicator catalogue as a person states it, before it is checked: everything as text so that each
 * mistake can be reported against its field.
 *
 * @param code lower case letters, digits and dashes, such as {@code photography}; only read when creating
 * @param part {@code A} or {@code B}; only read for a category
 * @param category the code of the category a sector-specific indicator belongs to; ignored for a category
 * @param sector a sector code of the partners' catalogue; ignored for a category
 * @param examplesEn one example per item; blank items are left out
 * @param examplesFr one example per item; blank items are left out
 * @param position its place among its siblings, or null to put a new entry last and leave an existing one where it is
 * @param tlp a TLP marking written in any usual way, or null for TLP:GREEN on a new entry and no change otherwise
 * @param audience audience keys such as {@code network} or {@code sector:retail}; null for the default on a new
 *     entry (the network for a category, its sector for a sector-specific indicator) and no change otherwise
 */
public record IndicatorDraft(
        @Nullable String code,
        @Nullable String part,
        @Nullable String category,
        @Nullable String sector,
        @Nullable String nameEn,
        @Nullable String nameFr,
        @Nullable String descriptionEn,
        @Nullable String descriptionFr,
        List<String> examplesEn,
        List<String> examplesFr,
        @Nullable Integer position,
        @Nullable String tlp,
        @Nullable List<String> audience) {

    public IndicatorDraft {
        examplesEn = examplesEn == null
                ? List.of()
                : examplesEn.stream().filter(Objects::nonNull).toList();
        examplesFr = examplesFr == null
                ? List.of()
                : examplesFr.stream().filter(Objects::nonNull).toList();
        audience = audience == null
                ? null
                : audience.stream().filter(Objects::nonNull).toList();
    }
}
