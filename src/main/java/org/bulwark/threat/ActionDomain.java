package org.bulwark.threat;

import java.util.Locale;
import org.springframework.util.Assert;

/**
 * A field of action of the protective-measure catalogue, such as gatherings or cybersecurity.
 *
 * @param code a short stable code such as {@code GAT}
 * @param nameEn the English name
 * @param nameFr the French name
 * @param position the place in the catalogue's order, from 1
 */
public record ActionDomain(String code, String nameEn, String nameFr, int position) {

    public ActionDomain {
        Assert.hasText(code, "code must not be blank");
        Assert.hasText(nameEn, "nameEn must not be blank");
        Assert.hasText(nameFr, "nameFr must not be blank");
    }

    /** The name in the given language, English where no translation applies; never returns null. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
