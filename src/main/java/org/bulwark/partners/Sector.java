package org.bulwark.partners;

import java.util.Locale;

/**
 * A crowded-places sector of the catalogue, such as stadia and arenas.
 *
 * @param code stable identifier used by other modules, never null
 */
public record Sector(String code, String nameEn, String nameFr, int position, boolean active) {

    /** The sector's name in the given language, English where no translation applies. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
