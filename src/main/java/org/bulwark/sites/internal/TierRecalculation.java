package org.bulwark.sites.internal;

import java.util.List;
import org.bulwark.sites.UseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings stored tiers in line with the configured rules at start-up, so that changing the thresholds or the
 * exceptions takes effect for every site and not only for sites saved afterwards.
 */
@Component
class TierRecalculation {

    private static final Logger LOG = LoggerFactory.getLogger(TierRecalculation.class);

    private final JdbcClient jdbc;
    private final SitesSettings.Tiers tiers;

    TierRecalculation(JdbcClient jdbc, SitesSettings settings) {
        this.jdbc = jdbc;
        this.tiers = settings.tiers();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recalculate() {
        String tier = tierExpression();
        int changed = jdbc.sql("update site set tier = " + tier + " where tier <> " + tier)
                .param("standardFrom", tiers.standardFrom())
                .param("enhancedFrom", tiers.enhancedFrom())
                .param("capped", cappedCodes())
                .update();
        if (changed > 0) {
            LOG.info("Regulatory tier changed for {} site(s) after a change of the tier rules", changed);
        }
    }

    /** The SQL twin of {@link TierRules#assess}; a test holds the two to the same answers. */
    String tierExpression() {
        return "(case when capacity < :standardFrom then 'OUT_OF_SCOPE'"
                + " when use_type in (:capped) then 'STANDARD'"
                + " when capacity >= :enhancedFrom then 'ENHANCED' else 'STANDARD' end)";
    }

    private List<String> cappedCodes() {
        List<String> codes = tiers.standardAtMost().stream().map(UseType::code).toList();
        // "in ()" is not SQL; a code no site has keeps the expression valid when nothing is capped
        return codes.isEmpty() ? List.of("-") : codes;
    }
}
