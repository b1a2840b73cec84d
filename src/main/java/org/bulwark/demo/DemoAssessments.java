package org.bulwark.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.ScenarioChange;

/**
 * Approved risk assessments of a few demo sites, written by the site's operator and approved by an advisor through
 * the risk module's API, so that the risk map and figures have something to show.
 */
final class DemoAssessments {

    /** The scenarios of the n-th demo assessment; the same on every run. */
    static List<ScenarioChange> scenarios(int index) {
        return index % 2 == 0
                ? List.of(
                        new ScenarioChange(
                                "VEHICLE_AS_WEAPON",
                                null,
                                null,
                                4,
                                3,
                                "Bollards on the main plaza; the side street is open.",
                                Map.of(
                                        "VAW-1",
                                        "PARTLY",
                                        "VAW-2",
                                        "IN_PLACE",
                                        "VAW-3",
                                        "NOT_IN_PLACE",
                                        "VAW-5",
                                        "IN_PLACE"),
                                Set.of("VAW-4")),
                        new ScenarioChange(
                                "PBIED",
                                null,
                                null,
                                4,
                                3,
                                null,
                                Map.of("PBIED-1", "IN_PLACE", "PBIED-2", "PARTLY", "PBIED-3", "IN_PLACE"),
                                Set.of()),
                        new ScenarioChange(
                                "DRONE",
                                1,
                                "The site lies inside restricted airspace and no drone has been reported over it.",
                                3,
                                3,
                                null,
                                Map.of("UAS-3", "IN_PLACE", "UAS-4", "IN_PLACE"),
                                Set.of("UAS-1")))
                : List.of(
                        new ScenarioChange(
                                "MARAUDING_BLADED",
                                null,
                                null,
                                3,
                                2,
                                null,
                                Map.of("MAB-1", "IN_PLACE", "MAB-2", "PARTLY", "MAB-3", "IN_PLACE"),
                                Set.of()),
                        new ScenarioChange(
                                "UNATTENDED_IED",
                                null,
                                null,
                                3,
                                2,
                                "Bins were replaced last spring.",
                                Map.of("UIED-1", "IN_PLACE", "UIED-2", "IN_PLACE", "UIED-4", "IN_PLACE"),
                                Set.of()));
    }

    /** Writes, submits and approves one assessment of the site. */
    static Assessment approved(
            RiskAssessments assessments, UUID siteId, int index, BulwarkUser operator, BulwarkUser advisor) {
        Assessment assessment = assessments.create(siteId, scenarios(index), operator);
        assessments.submit(assessment.id(), operator);
        return assessments.approve(assessment.id(), "Reviewed with the site's security manager.", advisor);
    }

    private DemoAssessments() {}
}
