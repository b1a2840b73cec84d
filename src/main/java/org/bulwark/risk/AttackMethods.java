package org.bulwark.risk;

import java.util.List;
import java.util.Locale;
import org.bulwark.risk.internal.Catalogue;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/** The active attack methods of the catalogue, for other modules that classify by method (incidents, reports). */
@Component
public class AttackMethods {

    private final Catalogue catalogue;

    AttackMethods(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * An attack method as other modules name it.
     *
     * @param code the catalogue code, such as {@code MARAUDING_FIREARMS}
     */
    public record Method(String code, String nameEn, String nameFr) {

        /** The name in the language of the locale, French or else English; never returns null. */
        public String name(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    /** The active methods in catalogue order; never returns null. */
    public List<Method> active() {
        return catalogue.methods().stream()
                .map(m -> new Method(m.code(), m.nameEn(), m.nameFr()))
                .toList();
    }

    /**
     * Whether the code names an active method.
     *
     * @param code must not be null
     */
    public boolean isActive(String code) {
        Assert.notNull(code, "code must not be null");
        return catalogue.method(code).isPresent();
    }
}
