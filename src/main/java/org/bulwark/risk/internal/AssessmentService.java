package org.bulwark.risk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.risk.Answer;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.AssessmentCompleted;
import org.bulwark.risk.AssessmentNotFound;
import org.bulwark.risk.AssessmentStatus;
import org.bulwark.risk.InvalidAssessment;
import org.bulwark.risk.InvalidAssessment.Violation;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.RiskBand;
import org.bulwark.risk.Scenario;
import org.bulwark.risk.ScenarioChange;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import org.springframework.web.server.ResponseStatusException;

/** The assessment workflow with its access rule and validation; every change is one transaction. */
@Service
@Transactional
public class AssessmentService implements RiskAssessments {

    static final int MAX_TEXT = 4000;

    private final JdbcAssessments store;
    private final Catalogue catalogue;
    private final AssessmentScoring scoring;
    private final Sites sites;
    private final PartnerDirectory partners;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AssessmentService(
            JdbcAssessments store,
            Catalogue catalogue,
            AssessmentScoring scoring,
            Sites sites,
            PartnerDirectory partners,
            ApplicationEventPublisher events) {
        this.store = store;
        this.catalogue = catalogue;
        this.scoring = scoring;
        this.sites = sites;
        this.partners = partners;
        this.events = events;
    }

    public RiskAccess access(BulwarkUser user) {
        RiskAccess access = RiskAccess.of(user, partners);
        if (!access.canUse()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role has no access to risk assessments.");
        }
        return access;
    }

    /** The site, if the person may read its assessments. */
    @Transactional(readOnly = true)
    public Site readableSite(UUID siteId, BulwarkUser user) {
        RiskAccess access = access(user);
        Site site = sites.findById(siteId).orElseThrow(() -> new AssessmentNotFound("No site " + siteId + "."));
        if (!access.canRead(site.details().organisationId())) {
            throw new AssessmentNotFound("No site " + siteId + ".");
        }
        return site;
    }

    @Override
    public Assessment start(UUID siteId, BulwarkUser author) {
        Site site = readableSite(siteId, author);
        if (!access(author).canWrite(site.details().organisationId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role cannot write assessments.");
        }
        Instant now = clock.instant();
        List<Scenario> scenarios =
                catalogue.methods().stream().map(m -> Scenario.blank(m.code())).toList();
        Assessment assessment = new Assessment(
                UUID.randomUUID(),
                siteId,
                site.details().organisationId(),
                AssessmentStatus.DRAFT,
                null,
                author.accountId(),
                author.displayName(),
                now,
                now,
                null,
                null,
                null,
                0,
                scenarios);
        store.insert(assessment);
        return store.find(assessment.id()).orElseThrow();
    }

    @Override
    public Assessment create(UUID siteId, List<ScenarioChange> scenarios, BulwarkUser author) {
        Assessment assessment = start(siteId, author);
        return scenarios.isEmpty() ? assessment : update(assessment.id(), scenarios, author);
    }

    @Override
    @Transactional(readOnly = true)
    public Assessment get(UUID id, BulwarkUser reader) {
        RiskAccess access = access(reader);
        Assessment assessment = store.find(id).orElseThrow(() -> notFound(id));
        Site site = sites.findById(assessment.siteId()).orElseThrow(() -> notFound(id));
        if (!access.canRead(site.details().organisationId())) {
            throw notFound(id);
        }
        return assessment;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> ofSite(UUID siteId, BulwarkUser reader) {
        readableSite(siteId, reader);
        return store.ofSite(siteId);
    }

    /** The assessments waiting for review; advisors and coordinators only. */
    @Transactional(readOnly = true)
    public List<Assessment> reviewQueue(BulwarkUser reviewer) {
        requireReviewer(reviewer);
        return store.submitted();
    }

    @Transactional(readOnly = true)
    public ScoredAssessment scored(UUID id, BulwarkUser reader) {
        return scoring.score(get(id, reader));
    }

    @Transactional(readOnly = true)
    public List<AssessmentVersion> versions(UUID id, BulwarkUser reader) {
        get(id, reader);
        return store.versions(id);
    }

    @Override
    public Assessment update(UUID id, List<ScenarioChange> changes, BulwarkUser author) {
        Assessment assessment = writable(id, author);
        Map<String, AttackMethod> methods = new LinkedHashMap<>();
        catalogue.methods().forEach(m -> methods.put(m.code(), m));
        List<Violation> violations = new ArrayList<>();
        Map<String, Scenario> replaced = new HashMap<>();
        for (ScenarioChange change : changes) {
            AttackMethod method = methods.get(change.methodCode());
            if (method == null) {
                violations.add(new Violation(
                        "methodCode",
                        "'" + change.methodCode() + "' is not an attack method; use one of "
                                + String.join(", ", methods.keySet()) + "."));
                continue;
            }
            Scenario scenario = check(method, change, violations);
            if (scenario != null) {
                replaced.put(method.code(), scenario);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidAssessment(violations, false);
        }
        List<Scenario> scenarios = assessment.scenarios().stream()
                .map(s -> {
                    Scenario next = replaced.get(s.methodCode());
                    return next == null
                            ? s
                            : new Scenario(
                                    next.methodCode(),
                                    next.likelihoodOverride(),
                                    next.likelihoodReason(),
                                    next.crowdDensity(),
                                    next.symbolicValue(),
                                    next.comment(),
                                    s.reviewComment(),
                                    next.answers(),
                                    next.demanded());
                })
                .toList();
        return store.update(with(assessment, assessment.status(), assessment.reviewComment(), scenarios));
    }

    private @Nullable Scenario check(AttackMethod method, ScenarioChange change, List<Violation> violations) {
        String prefix = method.code() + ".";
        int before = violations.size();
        Integer override = change.likelihoodOverride();
        String reason = blankToNull(change.likelihoodReason());
        if (override != null && !RiskScoring.isRating(override)) {
            violations.add(new Violation(prefix + "likelihoodOverride", "The likelihood must be between 1 and 5."));
        }
        if (override != null && reason == null) {
            violations.add(new Violation(
                    prefix + "likelihoodReason", "Give the reason for changing the suggested likelihood."));
        }
        int density = change.crowdDensity() == null ? 3 : change.crowdDensity();
        int symbolic = change.symbolicValue() == null ? 3 : change.symbolicValue();
        if (!RiskScoring.isRating(density)) {
            violations.add(new Violation(prefix + "crowdDensity", "The crowd density must be between 1 and 5."));
        }
        if (!RiskScoring.isRating(symbolic)) {
            violations.add(new Violation(prefix + "symbolicValue", "The symbolic value must be between 1 and 5."));
        }
        for (String text : new String[] {reason, change.comment()}) {
            if (text != null && text.length() > MAX_TEXT) {
                violations.add(new Violation(prefix + "comment", "Keep texts under " + MAX_TEXT + " characters."));
            }
        }
        Map<String, Answer> answers = new HashMap<>();
        for (Map.Entry<String, String> entry : change.answers().entrySet()) {
            if (method.question(entry.getKey()).isEmpty()) {
                violations.add(new Violation(
                        prefix + "answers." + entry.getKey(),
                        "'" + entry.getKey() + "' is not a question of " + method.nameEn() + "."));
                continue;
            }
            try {
                Answer answer = Answer.parse(entry.getValue());
                if (answer != null) {
                    answers.put(entry.getKey(), answer);
                }
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(prefix + "answers." + entry.getKey(), e.getMessage()));
            }
        }
        Set<String> demanded = new HashSet<>();
        for (String code : change.demanded()) {
            if (method.question(code).isEmpty()) {
                violations.add(new Violation(
                        prefix + "demanded", "'" + code + "' is not a question of " + method.nameEn() + "."));
            } else {
                demanded.add(code);
            }
        }
        if (violations.size() > before) {
            return null;
        }
        return new Scenario(
                method.code(),
                override,
                override == null ? null : reason,
                density,
                symbolic,
                blankToNull(change.comment()),
                null,
                answers,
                demanded);
    }

    @Override
    public Assessment submit(UUID id, BulwarkUser author) {
        Assessment assessment = writable(id, author);
        Assessment submitted = store.update(
                with(assessment, AssessmentStatus.SUBMITTED, assessment.reviewComment(), assessment.scenarios()));
        freeze(submitted, author);
        return submitted;
    }

    @Override
    public Assessment commentScenario(UUID id, String methodCode, @Nullable String comment, BulwarkUser advisor) {
        Assessment assessment = underReview(id, advisor);
        if (assessment.scenario(methodCode).isEmpty()) {
            throw new InvalidAssessment(
                    List.of(new Violation("methodCode", "'" + methodCode + "' is not a scenario of this assessment.")),
                    false);
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            throw new InvalidAssessment(
                    List.of(new Violation("comment", "Keep texts under " + MAX_TEXT + " characters.")), false);
        }
        List<Scenario> scenarios = assessment.scenarios().stream()
                .map(s -> s.methodCode().equals(methodCode)
                        ? new Scenario(
                                s.methodCode(),
                                s.likelihoodOverride(),
                                s.likelihoodReason(),
                                s.crowdDensity(),
                                s.symbolicValue(),
                                s.comment(),
                                blankToNull(comment),
                                s.answers(),
                                s.demanded())
                        : s)
                .toList();
        return store.update(with(assessment, assessment.status(), assessment.reviewComment(), scenarios));
    }

    @Override
    public Assessment approve(UUID id, @Nullable String comment, BulwarkUser advisor) {
        Assessment assessment = underReview(id, advisor);
        ScoredAssessment scored = scoring.score(assessment);
        Instant now = clock.instant();
        RiskBand band = scored.highestResidualBand();
        Assessment approved = store.update(new Assessment(
                assessment.id(),
                assessment.siteId(),
                assessment.organisationId(),
                AssessmentStatus.APPROVED,
                blankToNull(comment),
                assessment.createdBy(),
                assessment.createdByName(),
                assessment.createdAt(),
                now,
                advisor.displayName(),
                now,
                band,
                assessment.version(),
                assessment.scenarios()));
        int version = freeze(approved, advisor);
        events.publishEvent(new AssessmentCompleted(approved.id(), approved.siteId(), version, band, now));
        return approved;
    }

    @Override
    public Assessment returnForChanges(UUID id, String comment, BulwarkUser advisor) {
        Assessment assessment = underReview(id, advisor);
        if (blankToNull(comment) == null) {
            throw new InvalidAssessment(
                    List.of(new Violation("comment", "Say what the authors should change before resubmitting.")),
                    false);
        }
        return store.update(with(assessment, AssessmentStatus.RETURNED, comment.strip(), assessment.scenarios()));
    }

    private int freeze(Assessment assessment, BulwarkUser author) {
        ScoredAssessment scored = scoring.score(assessment);
        int number = store.versions(assessment.id()).size() + 1;
        store.addVersion(
                assessment.id(),
                new AssessmentVersion(
                        number,
                        assessment.status(),
                        author.accountId(),
                        author.displayName(),
                        clock.instant(),
                        scored.threatLevel().name(),
                        AssessmentScoring.snapshot(scored)));
        return number;
    }

    private Assessment writable(UUID id, BulwarkUser author) {
        Assert.notNull(author, "author must not be null");
        Assessment assessment = get(id, author);
        Site site = sites.findById(assessment.siteId()).orElseThrow(() -> notFound(id));
        if (!access(author).canWrite(site.details().organisationId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role cannot change assessments.");
        }
        if (!assessment.status().editable()) {
            throw InvalidAssessment.conflict(
                    "status",
                    "The assessment is " + assessment.status().name().toLowerCase(java.util.Locale.ROOT)
                            + "; only drafts and returned assessments can be changed or submitted.");
        }
        return assessment;
    }

    private Assessment underReview(UUID id, BulwarkUser advisor) {
        requireReviewer(advisor);
        Assessment assessment = get(id, advisor);
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            throw InvalidAssessment.conflict("status", "Only a submitted assessment can be reviewed.");
        }
        return assessment;
    }

    private void requireReviewer(BulwarkUser user) {
        if (!access(user).canReview()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only advisors and coordinators review.");
        }
    }

    private Assessment with(
            Assessment a, AssessmentStatus status, @Nullable String reviewComment, List<Scenario> scenarios) {
        return new Assessment(
                a.id(),
                a.siteId(),
                a.organisationId(),
                status,
                reviewComment,
                a.createdBy(),
                a.createdByName(),
                a.createdAt(),
                clock.instant(),
                a.approvedByName(),
                a.approvedAt(),
                a.highestBand(),
                a.version(),
                scenarios);
    }

    private static AssessmentNotFound notFound(UUID id) {
        return new AssessmentNotFound("No assessment " + id + ".");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
