package org.bulwark.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.reporting.EscalatedReports;
import org.bulwark.reporting.EscalatedReports.IndicatorProposal;
import org.bulwark.reporting.MonthFigures;
import org.bulwark.reporting.PersonalFields;
import org.bulwark.reporting.PersonalFields.PersonalField;
import org.bulwark.reporting.Purge;
import org.bulwark.reporting.PurgeRecord;
import org.bulwark.reporting.ReaderReads;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.ReportRead;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.RetentionPeriods;
import org.bulwark.reporting.ReviewDue;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The safeguards of reporting over the API: retention, purges, the read audit, reviews, and sharing what escalated reports show. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Suspicious-activity reports")
class SafeguardsApi {

    private final ReportSafeguards safeguards;
    private final EscalatedReports escalated;
    private final Readers readers;
    private final MessageSource messages;

    SafeguardsApi(ReportSafeguards safeguards, EscalatedReports escalated, Readers readers, MessageSource messages) {
        this.safeguards = safeguards;
        this.escalated = escalated;
        this.readers = readers;
        this.messages = messages;
    }

    /** A personal field, its purpose and how long it is kept. */
    record FieldBody(@Nullable String table, List<String> columns, String name, String purpose, String retention) {}

    /**
     * The retention periods in force, in days.
     *
     * @param purgeSchedule the purge job's cron expression in the network's zone; null when the job is off
     */
    record PeriodsBody(
            long unfoundedDays,
            long reviewDays,
            long reviewWarningDays,
            @Nullable String purgeSchedule) {

        static PeriodsBody of(RetentionPeriods periods) {
            return new PeriodsBody(
                    periods.unfounded().toDays(),
                    periods.review().toDays(),
                    periods.reviewWarning().toDays(),
                    periods.purgeSchedule());
        }
    }

    /** The retention policy in force, with no report content. */
    record RetentionBody(
            PeriodsBody periods,
            List<FieldBody> personalFields,
            List<PurgeRecord> purges,
            List<MonthFigures> figures,
            long reads) {}

    /** A review decision: why the report is kept. */
    record ReviewBody(@Nullable String justification) {}

    /** Where the bulletin draft is. */
    record BulletinDraftBody(UUID bulletin, String editUrl) {}

    /**
     * An indicator proposal; with {@code apply}, a coordinator adds the examples to the catalogue.
     *
     * @param exampleEn the English example to add; the proposed one when null
     * @param exampleFr the French example to add
     */
    record IndicatorBody(
            boolean apply,
            @Nullable String exampleEn,
            @Nullable String exampleFr) {}

    @GetMapping("/retention")
    @Operation(
            summary = "Retention, purges and figures (coordinators, analysts, overseers)",
            description = "Every personal field of the reporting tables with its purpose and retention, the periods"
                    + " in force, the last purges (counts only), the monthly figures of the last twelve months and"
                    + " the number of reads audited. No report content.")
    RetentionBody retention(@AuthenticationPrincipal BulwarkUser user, Locale locale) {
        Reader reader = reader(user);
        if (!safeguards.maySeeRetention(reader)) {
            throw new AccessDeniedException("Only coordinators, analysts and overseers see retention.");
        }
        List<FieldBody> fields =
                PersonalFields.ALL.stream().map(f -> field(f, locale)).toList();
        return new RetentionBody(
                PeriodsBody.of(safeguards.periods()),
                fields,
                safeguards.purges(reader, 50),
                safeguards.figures(reader),
                safeguards.readCount(reader));
    }

    private FieldBody field(PersonalField field, Locale locale) {
        return new FieldBody(
                field.table(),
                field.columns(),
                messages.getMessage(field.nameKey(), null, locale),
                messages.getMessage(field.purposeKey(), null, locale),
                messages.getMessage(field.retention().messageKey(), null, locale));
    }

    @PostMapping("/purges")
    @Operation(
            summary = "Run the purge now (coordinators)",
            description = "Removes reports closed as unfounded longer than the unfounded period ago, and reports"
                    + " unchanged and not reviewed for longer than the review period, with the reports merged into"
                    + " them. Answers the counts per rule; ran is false when another run held the purge.")
    Purge purge(@AuthenticationPrincipal BulwarkUser user) {
        return safeguards.purge(reader(user));
    }

    @GetMapping("/reads")
    @Operation(
            summary = "Reads of reports by reader (coordinators, overseers)",
            description = "For an audit: each account's number of reads and last read, naming no report.")
    List<ReaderReads> readsByReader(@AuthenticationPrincipal BulwarkUser user) {
        return safeguards.readsByReader(reader(user));
    }

    @GetMapping("/{id}/reads")
    @Operation(summary = "Who read a report (analysts, coordinators)", description = "Newest first.")
    List<ReportRead> reads(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return safeguards.reads(reader(user), id);
    }

    @GetMapping("/reviews-due")
    @Operation(
            summary = "Reports due for review (analysts, coordinators)",
            description = "Reports whose review period ends within the warning period: the purge removes them then"
                    + " unless they are reviewed.")
    List<ReviewDue> reviewsDue(@AuthenticationPrincipal BulwarkUser user) {
        return safeguards.reviewsDue(reader(user));
    }

    @PostMapping("/{id}/review")
    @Operation(
            summary = "Keep a report after review (analysts, coordinators)",
            description = "Needs a written justification; counts as a change, so the review period starts again.")
    Report review(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody ReviewBody body) {
        return safeguards.review(reader(user), id, body.justification() == null ? "" : body.justification());
    }

    @PostMapping("/{id}/bulletin-draft")
    @Operation(
            summary = "Draft a bulletin from an escalated report (analysts, coordinators)",
            description = "A TLP:AMBER intelligence product for the report's sector (or the network), with the"
                    + " behaviour and the articulable facts and nothing identifying the reporter. It stays a draft."
                    + " 409 when the report is not escalated.")
    ResponseEntity<BulletinDraftBody> draftBulletin(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        UUID bulletin = escalated.draftBulletin(reader(user), id, locale);
        return ResponseEntity.created(URI.create("/api/v1/bulletins/" + bulletin))
                .body(new BulletinDraftBody(bulletin, "/bulletins/" + bulletin + "/edit"));
    }

    @PostMapping("/{id}/indicator-draft")
    @Operation(
            summary = "Propose an indicator update from an escalated report (analysts, coordinators)",
            description = "Answers the report's behaviour as a new example of its category, and records the proposal"
                    + " in the report's history. With apply, a coordinator adds it to the catalogue.")
    IndicatorProposal proposeIndicator(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable IndicatorBody body,
            Locale locale) {
        Reader reader = reader(user);
        IndicatorProposal proposal = escalated.proposeIndicator(reader, id, locale);
        if (body == null || !body.apply()) {
            return proposal;
        }
        return escalated.applyIndicator(
                reader,
                id,
                body.exampleEn() == null ? proposal.example() : body.exampleEn(),
                body.exampleFr() == null ? "" : body.exampleFr());
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
