package org.bulwark.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.internal.AssessmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Site risk assessments over JSON: create with scenarios, read with computed figures, submit, approve, return. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Risk assessments", description = "Site risk assessments, one scenario per attack method, and review")
class RiskApiController {

    private final AssessmentService assessments;

    RiskApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Operation(summary = "The assessments of a site, newest first")
    @GetMapping("/sites/{siteId}/assessments")
    List<AssessmentJson.Summary> ofSite(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID siteId) {
        return assessments.ofSite(siteId, user).stream()
                .map(AssessmentJson::summary)
                .toList();
    }

    @Operation(
            summary = "Start a draft assessment of a site, optionally with scenarios",
            description = "Scenarios not given start blank. A likelihood override needs a reason; ratings are 1-5;"
                    + " answers are IN_PLACE, PARTLY or NOT_IN_PLACE. On any error nothing is created.")
    @PostMapping("/sites/{siteId}/assessments")
    ResponseEntity<AssessmentJson.Assessment> create(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID siteId,
            @RequestBody(required = false) AssessmentJson.@Nullable ScenariosInput body,
            Locale locale) {
        Assessment assessment = assessments.create(siteId, body == null ? List.of() : body.changes(), user);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.id()))
                .body(json(assessment.id(), user, locale));
    }

    @Operation(summary = "One assessment with every scenario's computed figures, recommendations and versions")
    @GetMapping("/assessments/{id}")
    AssessmentJson.Assessment get(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        return json(id, user, locale);
    }

    @Operation(summary = "Replace the given scenarios of a draft or returned assessment")
    @PutMapping("/assessments/{id}/scenarios")
    AssessmentJson.Assessment update(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestBody AssessmentJson.ScenariosInput body,
            Locale locale) {
        assessments.update(id, body.changes(), user);
        return json(id, user, locale);
    }

    @Operation(summary = "Submit a draft or returned assessment for review")
    @PostMapping("/assessments/{id}/submit")
    AssessmentJson.Assessment submit(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        assessments.submit(id, user);
        return json(id, user, locale);
    }

    @Operation(summary = "Approve a submitted assessment (advisors and coordinators); publishes AssessmentCompleted")
    @PostMapping("/assessments/{id}/approve")
    AssessmentJson.Assessment approve(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) AssessmentJson.@Nullable CommentInput body,
            Locale locale) {
        assessments.approve(id, body == null ? null : body.comment(), user);
        return json(id, user, locale);
    }

    @Operation(summary = "Return a submitted assessment to its authors with a comment saying what to change")
    @PostMapping("/assessments/{id}/return")
    AssessmentJson.Assessment returnForChanges(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) AssessmentJson.@Nullable CommentInput body,
            Locale locale) {
        String comment = body == null || body.comment() == null ? "" : body.comment();
        assessments.returnForChanges(id, comment, user);
        return json(id, user, locale);
    }

    private AssessmentJson.Assessment json(UUID id, BulwarkUser user, Locale locale) {
        return AssessmentJson.of(assessments.scored(id, user), assessments.versions(id, user), locale);
    }
}
