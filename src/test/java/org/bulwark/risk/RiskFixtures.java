package org.bulwark.risk;

import java.util.Map;
import java.util.Set;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An organisation with an operator and one site, for the risk tests; names are unique per call. */
public record RiskFixtures(SiteFixtures.Organisation organisation, BulwarkUser operator, Site site) {

    public static RiskFixtures create(JdbcClient jdbc, Sites sites, String prefix, int capacity) {
        SiteFixtures.Organisation organisation = SiteFixtures.organisation(jdbc, prefix);
        BulwarkUser operator = SiteFixtures.operatorOf(jdbc, organisation);
        Site site = sites.register(SiteFixtures.details(SiteFixtures.unique(prefix), organisation.id(), capacity));
        return new RiskFixtures(organisation, operator, site);
    }

    public static BulwarkUser user(Role role) {
        return SiteFixtures.user(role);
    }

    /**
     * The vehicle scenario of the worked example with its likelihood fixed at 4, so that the figures do not depend
     * on the threat level other tests may set.
     */
    public static ScenarioChange workedVehicle() {
        return new ScenarioChange(
                "VEHICLE_AS_WEAPON",
                4,
                "Pinned for the test: the worked example suggests 4.",
                4,
                3,
                "Barriers on the north side only.",
                Map.of("VAW-1", "PARTLY", "VAW-2", "IN_PLACE", "VAW-3", "NOT_IN_PLACE", "VAW-5", "IN_PLACE"),
                Set.of("VAW-4"));
    }

    public static ScenarioChange workedDrone() {
        return new ScenarioChange(
                "DRONE",
                2,
                "The arena lies inside restricted airspace and no drone has been reported over it.",
                4,
                3,
                null,
                Map.of("UAS-1", "NOT_IN_PLACE", "UAS-2", "PARTLY", "UAS-3", "IN_PLACE", "UAS-4", "IN_PLACE"),
                Set.of("UAS-1"));
    }
}
