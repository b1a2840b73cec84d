package org.bulwark.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.risk.Answer;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.InvalidAssessment;
import org.bulwark.risk.Scenario;
import org.bulwark.risk.ScenarioChange;
import org.bulwark.risk.internal.AssessmentService;
import org.bulwark.risk.internal.AssessmentVersion;
import org.bulwark.risk.internal.Catalogue;
import org.bulwark.risk.internal.RiskAccess;
import org.bulwark.risk.internal.ScoredAssessment;
import org.bulwark.risk.internal.ScoredScenario;
import org.bulwark.sites.Site;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessments of a site, an assessment with its scenarios, review actions, version comparison, review queue. */
@Controller
class AssessmentPagesController {

    private final AssessmentService assessments;
    private final Catalogue catalogue;
    private final AssessmentReport report;

    AssessmentPagesController(AssessmentService assessments, Catalogue catalogue, AssessmentReport report) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.report = report;
    }

    @GetMapping(value = "/assessments/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        byte[] pdf = report.pdf(assessments.scored(id, user), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"assessment-" + id + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/sites/{siteId}/assessments")
    String ofSite(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID siteId, Model model) {
        Site site = assessments.readableSite(siteId, user);
        RiskAccess access = assessments.access(user);
        model.addAttribute("site", site);
        model.addAttribute("assessments", assessments.ofSite(siteId, user));
        model.addAttribute("canWrite", access.canWrite(site.details().organisationId()));
        return "risk/site-assessments";
    }

    @PostMapping("/sites/{siteId}/assessments")
    String start(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID siteId, RedirectAttributes redirect) {
        Assessment assessment = assessments.start(siteId, user);
        redirect.addFlashAttribute("saved", "risk.flash.started");
        return "redirect:/assessments/" + assessment.id();
    }

    @GetMapping("/assessments/review")
    String reviewQueue(@AuthenticationPrincipal BulwarkUser user, Model model) {
        List<ScoredAssessment> queue = assessments.reviewQueue(user).stream()
                .map(a -> assessments.scored(a.id(), user))
                .toList();
        model.addAttribute("queue", queue);
        return "risk/review";
    }

    @GetMapping("/assessments/{id}")
    String show(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        return page(user, id, model, locale, null, Map.of());
    }

    @PostMapping("/assessments/{id}/scenarios/{method}")
    String updateScenario(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable String method,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ScenarioChange change = changeOf(method, form);
        try {
            assessments.update(id, List.of(change), user);
        } catch (InvalidAssessment e) {
            if (e.conflict()) {
                redirect.addFlashAttribute("problem", e.getMessage());
                return "redirect:/assessments/" + id;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (InvalidAssessment.Violation v : e.violations()) {
                String field =
                        v.field().startsWith(method + ".") ? v.field().substring(method.length() + 1) : v.field();
                errors.merge(field, v.message(), (x, y) -> x + " " + y);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, id, model, locale, attempted(method, form), errors);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/assessments/" + id;
        }
        redirect.addFlashAttribute("saved", "risk.flash.scenarioSaved");
        return "redirect:/assessments/" + id + "#scenario-" + method;
    }

    @PostMapping("/assessments/{id}/submit")
    String submit(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "risk.flash.submitted", () -> assessments.submit(id, user));
    }

    @PostMapping("/assessments/{id}/approve")
    String approve(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String comment,
            RedirectAttributes redirect) {
        return act(id, redirect, "risk.flash.approved", () -> assessments.approve(id, comment, user));
    }

    @PostMapping("/assessments/{id}/return")
    String returnForChanges(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String comment,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "risk.flash.returned",
                () -> assessments.returnForChanges(id, comment == null ? "" : comment, user));
    }

    @PostMapping("/assessments/{id}/scenarios/{method}/review")
    String reviewScenario(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable String method,
            @RequestParam(required = false) @Nullable String reviewComment,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "risk.flash.commented",
                () -> assessments.commentScenario(id, method, reviewComment, user));
    }

    @GetMapping("/assessments/{id}/compare")
    String compare(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam int from,
            @RequestParam int to,
            Model model,
            Locale locale) {
        ScoredAssessment scored = assessments.scored(id, user);
        List<AssessmentVersion> versions = assessments.versions(id, user);
        AssessmentVersion a = version(versions, from);
        AssessmentVersion b = version(versions, to);
        model.addAttribute("scored", scored);
        model.addAttribute("comparison", VersionComparison.of(a, b, catalogue.methodsWithRetiredQuestions(), locale));
        model.addAttribute("versions", versions);
        return "risk/compare";
    }

    private static AssessmentVersion version(List<AssessmentVersion> versions, int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "This assessment has no version " + number + "."));
    }

    private String act(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", flash);
        } catch (InvalidAssessment | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/assessments/" + id;
    }

    private String page(
            BulwarkUser user,
            UUID id,
            Model model,
            Locale locale,
            @Nullable Scenario attempt,
            Map<String, String> errors) {
        ScoredAssessment scored = assessments.scored(id, user);
        RiskAccess access = assessments.access(user);
        boolean canWrite = access.canWrite(scored.site().details().organisationId())
                && scored.assessment().status().editable();
        List<ScenarioView> views = new ArrayList<>();
        for (ScoredScenario s : scored.scenarios()) {
            boolean attempted =
                    attempt != null && attempt.methodCode().equals(s.method().code());
            views.add(new ScenarioView(
                    s.method(), attempted ? attempt : s.scenario(), s.score(), attempted ? errors : Map.of()));
        }
        List<AssessmentVersion> versions = assessments.versions(id, user);
        model.addAttribute("scored", scored);
        model.addAttribute("assessment", scored.assessment());
        model.addAttribute("scenarios", views);
        model.addAttribute("residualMatrix", MatrixCell.rows(scored.residualMatrix()));
        model.addAttribute("inherentMatrix", MatrixCell.rows(scored.inherentMatrix()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute(
                "canReview",
                access.canReview() && scored.assessment().status() == org.bulwark.risk.AssessmentStatus.SUBMITTED);
        model.addAttribute("versions", versions);
        model.addAttribute("answers", Answer.values());
        model.addAttribute("ratings", List.of(1, 2, 3, 4, 5));
        model.addAttribute("updatedAt", scored.assessment().updatedAt().atZone(ZoneOffset.UTC));
        model.addAttribute("formError", !errors.isEmpty());
        return "risk/assessment";
    }

    static ScenarioChange changeOf(String method, MultiValueMap<String, String> form) {
        Map<String, String> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("answer.") && !values.isEmpty()) {
                answers.put(name.substring("answer.".length()), values.get(0));
            }
        });
        Set<String> demanded = new HashSet<>(form.getOrDefault("demanded", List.of()));
        return new ScenarioChange(
                method,
                integer(form.getFirst("likelihoodOverride")),
                form.getFirst("likelihoodReason"),
                integer(form.getFirst("crowdDensity")),
                integer(form.getFirst("symbolicValue")),
                form.getFirst("comment"),
                answers,
                demanded);
    }

    /** The typed values shown again with the errors; values that do not parse are left out. */
    private static Scenario attempted(String method, MultiValueMap<String, String> form) {
        ScenarioChange change = changeOf(method, form);
        Map<String, Answer> answers = new HashMap<>();
        change.answers().forEach((code, value) -> {
            try {
                Answer answer = Answer.parse(value);
                if (answer != null) {
                    answers.put(code, answer);
                }
            } catch (IllegalArgumentException e) {
                // shown as unanswered, with the error next to it
            }
        });
        return new Scenario(
                method,
                inRange(change.likelihoodOverride()),
                change.likelihoodReason(),
                orMiddle(change.crowdDensity()),
                orMiddle(change.symbolicValue()),
                change.comment(),
                null,
                answers,
                change.demanded());
    }

    private static @Nullable Integer inRange(@Nullable Integer value) {
        return value != null && value >= 1 && value <= 5 ? value : null;
    }

    private static int orMiddle(@Nullable Integer value) {
        Integer checked = inRange(value);
        return checked == null ? 3 : checked;
    }

    private static @Nullable Integer integer(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            // out of any range, so that validation names the field
            return Integer.MIN_VALUE;
        }
    }
}
