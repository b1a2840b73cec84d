package org.bulwark.sites.internal;

import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Gives a site its regulatory tier from its use and capacity, with the reason a person can check. */
@Component
public class TierRules {

    private final SitesSettings.Tiers tiers;

    @Autowired
    public TierRules(SitesSettings settings) {
        this(settings.tiers());
    }

    TierRules(SitesSettings.Tiers tiers) {
        this.tiers = tiers;
    }

    public Tier tierOf(UseType useType, int capacity) {
        return assess(useType, capacity).tier();
    }

    public Assessment assess(UseType useType, int capacity) {
        if (capacity < tiers.standardFrom()) {
            return new Assessment(Tier.OUT_OF_SCOPE, "sites.tier.reason.under", tiers.standardFrom());
        }
        if (tiers.standardAtMost().contains(useType)) {
            return new Assessment(
                    Tier.STANDARD,
                    "sites.tier.reason.capped",
                    tiers.standardFrom(),
                    new DefaultMessageSourceResolvable(new String[] {useType.messageKey()}, useType.code()));
        }
        if (capacity >= tiers.enhancedFrom()) {
            return new Assessment(Tier.ENHANCED, "sites.tier.reason.enhanced", tiers.enhancedFrom());
        }
        return new Assessment(
                Tier.STANDARD, "sites.tier.reason.standard", tiers.standardFrom(), tiers.enhancedFrom() - 1);
    }

    /** A tier with the message that explains it, such as "Enhanced: capacity 800 or more". */
    public record Assessment(Tier tier, MessageSourceResolvable explanation) {

        Assessment(Tier tier, String key, Object... args) {
            this(tier, new DefaultMessageSourceResolvable(new String[] {key}, args));
        }
    }
}
