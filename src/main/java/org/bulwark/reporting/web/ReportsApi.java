package org.bulwark.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.reporting.AttachmentContent;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.InvalidReport.Violation;
import org.bulwark.reporting.ReadChannel;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportFile;
import org.bulwark.reporting.ReportPage;
import org.bulwark.reporting.ReportQuery;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.ReportSource;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.Submission;
import org.bulwark.reporting.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Suspicious-activity reports over the API: sent by members and partner systems, triaged by analysts. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Suspicious-activity reports")
class ReportsApi {

    private final Reports reports;
    private final ReportSafeguards safeguards;
    private final Readers readers;
    private final Submitters submitters;

    ReportsApi(Reports reports, ReportSafeguards safeguards, Readers readers, Submitters submitters) {
        this.reports = reports;
        this.safeguards = safeguards;
        this.readers = readers;
        this.submitters = submitters;
    }

    /**
     * A file sent with a report, its bytes in base 64.
     *
     * @param fileName its name, whose extension must match its content
     */
    record FileBody(@Nullable String fileName, @Nullable String contentType, byte @Nullable [] content) {

        ReportFile file() {
            return new ReportFile(fileName, contentType, content == null ? new byte[0] : content);
        }
    }

    /**
     * A report. It is placed by {@code latitude} and {@code longitude}, or by {@code site}, whose location and
     * sector then apply. {@code category} is the code of a behaviour category of the indicator catalogue.
     */
    record ReportBody(
            @JsonDeserialize(using = UtcInstants.class) @Nullable
            Instant observedAt,

            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable UUID site,
            @Nullable String sector,
            @Nullable String category,
            @Nullable String description,
            @Nullable List<Person> people,
            @Nullable List<Vehicle> vehicles,
            @Nullable List<String> phoneNumbers,
            @Nullable List<Handle> handles,
            @Nullable List<FileBody> attachments,
            @Nullable String language) {

        ReportDraft draft() {
            return new ReportDraft(
                    observedAt,
                    latitude,
                    longitude,
                    site,
                    sector,
                    category,
                    description,
                    people,
                    vehicles,
                    phoneNumbers,
                    handles,
                    null,
                    language);
        }

        List<ReportFile> files() {
            return attachments == null
                    ? List.of()
                    : attachments.stream().map(FileBody::file).toList();
        }
    }

    /**
     * A triage decision.
     *
     * @param transition START_REVIEW, ESCALATE, REFER, CLOSE_UNFOUNDED, CLOSE_NOT_RELEVANT or REOPEN
     * @param category for ESCALATE, the behaviour category, when the report has none or it changes
     * @param text the articulable facts of ESCALATE; the reason of REFER and of both closings
     */
    record DecisionBody(
            @Nullable String transition,
            @Nullable String category,
            @Nullable String text) {}

    /** Who the report is assigned to; null to nobody. */
    record AssignmentBody(@Nullable UUID assignee) {}

    /**
     * One action on several reports, all or none.
     *
     * @param action ASSIGN, MERGE, or a decision such as CLOSE_UNFOUNDED
     * @param target for MERGE, the report the others are merged into
     */
    record BulkBody(
            @Nullable String action,
            @Nullable List<UUID> reports,
            @Nullable UUID assignee,
            @Nullable UUID target,
            @Nullable String category,
            @Nullable String text) {}

    @PostMapping
    @Operation(
            summary = "Send a report (members and partner systems)",
            description = "Answers 201 with the stored report, committed before the answer. With an Idempotency-Key"
                    + " header the report is created at most once per key and account: the same key with the same"
                    + " body answers 200 with the report created first; with another body, 409. Bad input answers"
                    + " 400 listing each field, and nothing is stored.")
    ResponseEntity<Report> submit(
            @AuthenticationPrincipal BulwarkUser user,
            @Parameter(description = "a key of the client's choosing, at most 200 characters")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    @Nullable
                    String key,
            @RequestBody ReportBody body) {
        Reader reader = submitters.of(user);
        if (key != null) {
            Submission submission = reports.submitOnce(reader, key, body.draft(), body.files());
            Report report = submission.report();
            return submission.created()
                    ? ResponseEntity.created(URI.create("/api/v1/reports/" + report.id()))
                            .body(report)
                    : ResponseEntity.ok()
                            .header(HttpHeaders.LOCATION, "/api/v1/reports/" + report.id())
                            .body(report);
        }
        Report report = reports.submit(reader, body.draft(), body.files());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id()))
                .body(report);
    }

    @GetMapping
    @Operation(
            summary = "The queue",
            description = "Analysts and coordinators get every report; other members their organisation's. Newest"
                    + " first; q searches the description, reference, plates, phone numbers and handles.")
    ReportPage list(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable UUID assignee,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean merged,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ReportState wantedState = state == null || state.isBlank() ? null : ReportState.parse(state);
        if (state != null && !state.isBlank() && wantedState == null) {
            throw new InvalidReport(List.of(
                    new Violation("state", "reporting.error.state", "No state is called '" + state + "'.", state)));
        }
        ReportSource wantedSource = null;
        if (source != null && !source.isBlank()) {
            try {
                wantedSource = ReportSource.valueOf(source.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidReport(List.of(new Violation(
                        "source", "reporting.error.source", "No source is called '" + source + "'.", source)));
            }
        }
        return reports.search(
                reader(user),
                new ReportQuery(
                        wantedState,
                        category,
                        sector,
                        wantedSource,
                        assignee,
                        unassigned,
                        from,
                        to,
                        q,
                        merged,
                        page,
                        size));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One report",
            description = "404 when there is none the caller may see. A read by anyone but the report's author is"
                    + " recorded in the read audit.")
    Report one(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return safeguards.read(reader(user), id, ReadChannel.API);
    }

    @GetMapping("/{id}/attachments/{attachment}")
    @Operation(summary = "An attachment of a report", description = "Served with its recognised content type.")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID attachment) {
        AttachmentContent file = safeguards.readAttachment(reader(user), id, attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @PostMapping("/{id}/transitions")
    @Operation(
            summary = "Take a triage decision (analysts and coordinators)",
            description = "ESCALATE needs a behaviour category and the articulable facts; REFER and the closings a"
                    + " reason. 409 when the report's state does not allow the decision.")
    Report decide(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody DecisionBody body) {
        return reports.decide(reader(user), id, transition(body.transition()), body.category(), body.text());
    }

    @PostMapping("/{id}/assignment")
    @Operation(
            summary = "Assign a report (analysts and coordinators)",
            description = "To an analyst or coordinator, or to nobody with a null assignee; a received report is"
                    + " then under review.")
    Report assign(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody AssignmentBody body) {
        return reports.assign(reader(user), id, body.assignee());
    }

    @PostMapping("/bulk")
    @Operation(
            summary = "Act on several reports at once (analysts and coordinators)",
            description = "action ASSIGN (with assignee), MERGE (with target: the others become its duplicates), or"
                    + " a decision such as CLOSE_UNFOUNDED (with text). All or none.")
    List<Report> bulk(@AuthenticationPrincipal BulwarkUser user, @RequestBody BulkBody body) {
        Reader reader = reader(user);
        List<UUID> ids = body.reports() == null ? List.of() : body.reports();
        String action = body.action() == null ? "" : body.action().strip().toUpperCase(java.util.Locale.ROOT);
        if (ids.isEmpty()) {
            throw new InvalidReport(
                    List.of(new Violation("reports", "reporting.error.bulk.none", "Choose at least one report.")));
        }
        return switch (action) {
            case "ASSIGN" -> reports.assignAll(reader, ids, body.assignee());
            case "MERGE" -> {
                if (body.target() == null) {
                    throw new InvalidReport(List.of(new Violation(
                            "target",
                            "reporting.error.merge",
                            "Choose the report to keep and at least one other report to merge into it.")));
                }
                yield List.of(reports.merge(
                        reader,
                        body.target(),
                        ids.stream().filter(id -> !id.equals(body.target())).toList()));
            }
            default -> reports.decideAll(reader, ids, transition(action), body.category(), body.text());
        };
    }

    static Transition transition(@Nullable String name) {
        Transition transition = Transition.parse(name);
        if (transition == null) {
            throw new InvalidReport(List.of(new Violation(
                    "transition",
                    "reporting.error.transition",
                    "No decision is called '" + name + "'; use START_REVIEW, ESCALATE, REFER, CLOSE_UNFOUNDED,"
                            + " CLOSE_NOT_RELEVANT or REOPEN.",
                    String.valueOf(name))));
        }
        return transition;
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
