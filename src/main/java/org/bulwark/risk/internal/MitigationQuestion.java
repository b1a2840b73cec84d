package org.bulwark.risk.internal;

import java.util.Locale;
import org.bulwark.risk.RiskBand;
import org.springframework.util.Assert;

/**
 * One question of an attack method's checklist: is this mitigation in place?
 *
 * @param code stable code such as {@code VAW-1}
 * @param weight how much the measure counts towards the method's vulnerability, 1 to 3
 * @param proportionateFrom the lowest residual band at which asking for the measure is proportionate
 */
public record MitigationQuestion(
        String code, int position, int weight, RiskBand proportionateFrom, String textEn, String textFr) {

    public MitigationQuestion {
        Assert.hasText(code, "code must not be blank");
        Assert.isTrue(weight >= 1 && weight <= 3, "weight lies between 1 and 3");
        Assert.notNull(proportionateFrom, "proportionateFrom must not be null");
    }

    public String text(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? textFr : textEn;
    }
}
