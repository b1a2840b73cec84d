package org.bulwark.sites.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.internal.SiteDuties;
import org.bulwark.sites.internal.SiteRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A site's regulatory duties over the API. */
@RestController
@Tag(name = "Sites")
class SiteDutyApi {

    private final SiteDuties duties;
    private final SiteRegistry registry;

    SiteDutyApi(SiteDuties duties, SiteRegistry registry) {
        this.duties = duties;
        this.registry = registry;
    }

    record EvidenceView(
            UUID id,
            String duty,
            @Nullable String note,
            @Nullable LocalDate noteDate,
            @Nullable String fileName,
            @Nullable String contentType,
            @Nullable Integer fileSize,
            String addedBy,
            Instant addedAt) {

        static EvidenceView of(SiteDuties.Evidence e) {
            return new EvidenceView(
                    e.id(),
                    e.duty().name(),
                    e.note(),
                    e.noteDate(),
                    e.fileName(),
                    e.contentType(),
                    e.fileSize(),
                    e.addedByName(),
                    e.addedAt());
        }
    }

    record DutyView(String duty, String status, List<EvidenceView> evidence) {}

    record DutiesView(UUID site, String tier, long missing, List<DutyView> duties) {}

    @GetMapping("/api/v1/sites/{id}/duties")
    @Operation(
            summary = "A site's regulatory duties",
            description = "The duties of the site's tier (none when out of scope), each MISSING or EVIDENCE_PROVIDED"
                    + " with its evidence. For the site's operators, coordinators and advisors.")
    DutiesView duties(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        SiteDuties.Checklist checklist = duties.checklist(id, registry.access(user));
        return new DutiesView(
                checklist.site().id(),
                checklist.site().tier().name(),
                checklist.missing(),
                checklist.duties().stream()
                        .map(d -> new DutyView(
                                d.duty().name(),
                                d.status(),
                                d.evidence().stream().map(EvidenceView::of).toList()))
                        .toList());
    }

    @PostMapping(path = "/api/v1/sites/{id}/duties/{duty}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add evidence for a duty",
            description = "Multipart form: file (PDF, PNG, JPEG, GIF, WebP, DOC, DOCX, ODT, ODS or ODP, checked by"
                    + " content, at most 10 MB) and/or note with noteDate (YYYY-MM-DD, today when left out).")
    EvidenceView addEvidence(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable String duty,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String noteDate)
            throws IOException {
        return EvidenceView.of(duties.addEvidence(
                id, duty, SiteDutyPages.upload(file), note, SiteDutyPages.date(noteDate), registry.access(user)));
    }
}
