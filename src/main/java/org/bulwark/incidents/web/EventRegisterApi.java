package org.bulwark.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.Accreditation;
import org.bulwark.incidents.AccreditationChange;
import org.bulwark.incidents.AccreditationDraft;
import org.bulwark.incidents.AccreditationRegister;
import org.bulwark.incidents.Accreditations;
import org.bulwark.incidents.EventStakeholders;
import org.bulwark.incidents.ScreeningStatus;
import org.bulwark.incidents.Stakeholder;
import org.bulwark.incidents.StakeholderDraft;
import org.bulwark.incidents.StakeholderRole;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stakeholders and the accreditation register of major events over the API, under the same rules as the pages. */
@RestController
@Tag(name = "Major events", description = "Planned major events: venues, phases with their checklists")
class EventRegisterApi {

    private final EventStakeholders stakeholders;
    private final Accreditations accreditations;

    EventRegisterApi(EventStakeholders stakeholders, Accreditations accreditations) {
        this.stakeholders = stakeholders;
        this.accreditations = accreditations;
    }

    record StakeholderJson(
            @Nullable UUID organisation,
            @Nullable String name,
            @Nullable String role,
            @Nullable String contact,
            @Nullable String responsibility) {}

    record StakeholderView(
            UUID id,
            @Nullable UUID organisation,
            String name,
            StakeholderRole role,
            @Nullable String contact,
            String responsibility,
            Instant addedAt,
            String addedBy) {

        static StakeholderView of(Stakeholder s) {
            return new StakeholderView(
                    s.id(),
                    s.organisation(),
                    s.name(),
                    s.role(),
                    s.contact(),
                    s.responsibility(),
                    s.addedAt(),
                    s.addedBy());
        }
    }

    record AccreditationJson(
            @Nullable String name,
            @Nullable UUID organisation,
            @Nullable String employer,
            @Nullable String role,
            @Nullable List<String> areas) {}

    record StatusJson(@Nullable String status, @Nullable String reason) {}

    record AccreditationView(
            UUID id,
            String name,
            @Nullable UUID organisation,
            String employer,
            String role,
            List<String> areas,
            ScreeningStatus status,
            Instant decidedAt,
            String decidedBy,
            @Nullable String refusalReason) {

        static AccreditationView of(Accreditation a) {
            return new AccreditationView(
                    a.id(),
                    a.name(),
                    a.organisation(),
                    a.employer(),
                    a.role(),
                    a.areas(),
                    a.status(),
                    a.decidedAt(),
                    a.decidedBy(),
                    a.refusalReason());
        }
    }

    record RegisterView(
            Map<ScreeningStatus, Long> counts,
            long total,
            boolean whole,
            Instant deletionDue,
            @Nullable Instant purgedAt,
            List<AccreditationView> accreditations) {

        static RegisterView of(AccreditationRegister r) {
            return new RegisterView(
                    r.counts(),
                    r.total(),
                    r.whole(),
                    r.deletionDue(),
                    r.purgedAt(),
                    r.people().stream().map(AccreditationView::of).toList());
        }
    }

    @GetMapping("/api/v1/events/{id}/stakeholders")
    @Operation(summary = "The event's stakeholders in the order they were added")
    List<StakeholderView> stakeholders(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return stakeholders.list(id, user).stream().map(StakeholderView::of).toList();
    }

    @PostMapping("/api/v1/events/{id}/stakeholders")
    @Operation(
            summary = "Add a stakeholder: an approved partner organisation, or a named contact outside the registry",
            description = "Give organisation (a partner organisation's identifier) or name, not both; role is one of"
                    + " ORGANISER, VENUE_OPERATOR, POLICE, AMBULANCE, FIRE, TRANSPORT, SECURITY_CONTRACTOR,"
                    + " LOCAL_AUTHORITY, OTHER; a named contact needs a contact line. Organisers and police read the"
                    + " whole accreditation register, other stakeholder organisations their own people. Coordinators"
                    + " only.")
    ResponseEntity<StakeholderView> addStakeholder(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody StakeholderJson body) {
        Stakeholder added = stakeholders.add(
                id,
                new StakeholderDraft(
                        body.organisation(),
                        body.name(),
                        StakeholderRoles.parse(body.role()),
                        body.contact(),
                        body.responsibility()),
                user);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/stakeholders/" + added.id()))
                .body(StakeholderView.of(added));
    }

    @DeleteMapping("/api/v1/events/{id}/stakeholders/{stakeholder}")
    @Operation(summary = "Remove a stakeholder from the event")
    ResponseEntity<Void> removeStakeholder(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID stakeholder) {
        stakeholders.remove(id, stakeholder, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/events/{id}/accreditations")
    @Operation(
            summary = "The accreditation register you may read, with counts by status",
            description = "q matches part of the name or employer; status is PENDING, CLEARED, REFUSED or WITHDRAWN."
                    + " Coordinators read everything; operators of a stakeholder organisation read the whole register"
                    + " when it is organiser or police, otherwise their own organisation's people, never a refusal"
                    + " reason.")
    RegisterView register(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "status", required = false) @Nullable String status) {
        return RegisterView.of(accreditations.register(id, q, statusFilter(status), user));
    }

    @GetMapping(value = "/api/v1/events/{id}/accreditations.csv", produces = "text/csv")
    @Operation(summary = "The accreditation register you may read as CSV, for the accreditation desk")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "status", required = false) @Nullable String status) {
        return csvResponse(id, accreditations.register(id, q, statusFilter(status), user));
    }

    @PostMapping("/api/v1/events/{id}/accreditations")
    @Operation(
            summary = "Add a person to the accreditation register, PENDING",
            description = "Give the employer as organisation (a partner organisation's identifier) or as employer (a"
                    + " name), not both; areas are short labels such as PITCH. Refused once the event has ended."
                    + " Coordinators only.")
    ResponseEntity<AccreditationView> add(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody AccreditationJson body) {
        Accreditation added = accreditations.add(
                id,
                new AccreditationDraft(
                        body.name(),
                        body.organisation(),
                        body.employer(),
                        body.role(),
                        body.areas() == null ? List.of() : body.areas()),
                user);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/accreditations/" + added.id()))
                .body(AccreditationView.of(added));
    }

    @GetMapping("/api/v1/events/{id}/accreditations/{accreditation}")
    @Operation(summary = "One accreditation you may read")
    AccreditationView get(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID accreditation) {
        return AccreditationView.of(accreditations.get(id, accreditation, user));
    }

    @GetMapping("/api/v1/events/{id}/accreditations/{accreditation}/history")
    @Operation(summary = "Every status the accreditation was given, who gave it and when; coordinators only")
    List<AccreditationChange> history(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID accreditation) {
        return accreditations.history(id, accreditation, user);
    }

    @PostMapping("/api/v1/events/{id}/accreditations/{accreditation}/status")
    @Operation(
            summary = "Decide on a person's screening",
            description = "status is PENDING, CLEARED, REFUSED or WITHDRAWN; reason only with REFUSED, and never shown"
                    + " to operators. Giving the status it has changes nothing. Refused once the event has ended."
                    + " Coordinators only.")
    AccreditationView decide(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID accreditation,
            @RequestBody StatusJson body) {
        return AccreditationView.of(accreditations.decide(
                id, accreditation, ScreeningStatus.parse("status", body.status()), body.reason(), user));
    }

    static @Nullable ScreeningStatus statusFilter(@Nullable String status) {
        return status == null || status.isBlank() ? null : ScreeningStatus.parse("status", status);
    }

    static ResponseEntity<byte[]> csvResponse(UUID event, AccreditationRegister register) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("accreditations-" + event + ".csv")
                                .build()
                                .toString())
                .body(AccreditationCsv.write(register.people()).getBytes(StandardCharsets.UTF_8));
    }
}
