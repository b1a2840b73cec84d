package org.bulwark.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.Tlp;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An entry of the suspicious-activity indicator catalogue: a behaviour category, or a sector-specific indicator that
 * belongs to one. Both describe what people do, never who they are.
 *
 * @param id never null
 * @param code unique, lower case, such as {@code photography}
 * @param part the part of the catalogue; for a sector-specific indicator, its category's
 * @param category the code of the category a sector-specific indicator belongs to; null for a category
 * @param sector the sector code of a sector-specific indicator; null for a category
 * @param examplesEn concrete examples in English, in order; never null
 * @param examplesFr concrete examples in French, in order; never null
 * @param position its place among the categories of its part, or among the indicators of its category
 * @param active whether the network uses it; inactive entries are kept for those who edit the catalogue
 * @param tlp never null
 * @param audience the {@link org.bulwark.identity.Audience#key() audience keys} it is shared with, sorted
 * @param author the account that created or last changed it; null for the entries shipped with the application
 * @param updatedAt when it was last changed
 */
public record Indicator(
        UUID id,
        String code,
        IndicatorPart part,
        @Nullable String category,
        @Nullable String sector,
        String nameEn,
        String nameFr,
        String descriptionEn,
        String descriptionFr,
        List<String> examplesEn,
        List<String> examplesFr,
        int position,
        boolean active,
        Tlp tlp,
        List<String> audience,
        @Nullable UUID author,
        Instant updatedAt) {

    public Indicator {
        Assert.notNull(id, "id must not be null");
        Assert.hasText(code, "code must not be blank");
        Assert.notNull(part, "part must not be null");
        Assert.notNull(tlp, "tlp must not be null");
        Assert.isTrue(
                (category == null) == (sector == null),
                "a sector-specific indicator names both its category and sector");
        examplesEn = List.copyOf(examplesEn);
        examplesFr = List.copyOf(examplesFr);
        audience = audience.stream().sorted().toList();
    }

    /** Whether this is a behaviour category rather than a sector-specific indicator. */
    public boolean isCategory() {
        return category == null;
    }

    /** The name in the given language, English where no translation applies; never returns null. */
    public String name(Locale locale) {
        return french(locale) ? nameFr : nameEn;
    }

    /** The description in the given language, English where no translation applies; never returns null. */
    public String description(Locale locale) {
        return french(locale) ? descriptionFr : descriptionEn;
    }

    /** The examples in the given language, English where no translation applies; never returns null. */
    public List<String> examples(Locale locale) {
        return french(locale) ? examplesFr : examplesEn;
    }

    private static boolean french(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
