package org.bulwark.risk;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/**
 * Risk assessments of sites and their review. Every method applies the access rule for the person given:
 * operators work on their own organisation's sites, advisors and coordinators on any, analysts read; oversight
 * officers and administrators see none.
 */
public interface RiskAssessments {

    /**
     * Starts a draft with one blank scenario per active attack method.
     *
     * @throws AssessmentNotFound when the site is unknown or not visible to the author
     */
    Assessment start(UUID siteId, BulwarkUser author);

    /**
     * Starts a draft and fills in the given scenarios in one transaction.
     *
     * @throws InvalidAssessment naming every field to fix; no assessment is created then
     */
    Assessment create(UUID siteId, List<ScenarioChange> scenarios, BulwarkUser author);

    /** The assessment, if the person may see it. */
    Assessment get(UUID id, BulwarkUser reader);

    /** The assessments of a site, newest first. */
    List<Assessment> ofSite(UUID siteId, BulwarkUser reader);

    /**
     * Replaces the given scenarios of a draft or returned assessment.
     *
     * @throws InvalidAssessment naming every field to fix; nothing changes then
     */
    Assessment update(UUID id, List<ScenarioChange> changes, BulwarkUser author);

    /** Submits a draft or returned assessment for review, keeping the submitted state as a new version. */
    Assessment submit(UUID id, BulwarkUser author);

    /** An advisor's remark on one scenario of a submitted assessment. */
    Assessment commentScenario(UUID id, String methodCode, @Nullable String comment, BulwarkUser advisor);

    /**
     * Approves a submitted assessment, keeps the approved state as a new version and publishes {@link
     * AssessmentCompleted}.
     */
    Assessment approve(UUID id, @Nullable String comment, BulwarkUser advisor);

    /** Returns a submitted assessment to its authors; the comment saying what to change is required. */
    Assessment returnForChanges(UUID id, String comment, BulwarkUser advisor);
}
