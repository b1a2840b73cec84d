package org.bulwark.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.RollCallCounts;
import org.bulwark.incidents.RollCallPage;
import org.bulwark.incidents.SiteRollCall;
import org.bulwark.incidents.SiteStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roll-call over the API, through the same rules as the pages. */
@RestController
@Tag(name = "Incidents", description = "Incidents, their zones with validity periods, and the sites inside them")
class RollCallApi {

    private static final String STATUSES = "SAFE, SHELTERING, EVACUATING, NEEDS_HELP, NOT_OCCUPIED";

    private final RollCall rollCall;

    RollCallApi(RollCall rollCall) {
        this.rollCall = rollCall;
    }

    record StatusJson(@Nullable String status, @Nullable String note) {}

    record SiteStatusView(
            UUID site,
            String name,
            Instant affectedAt,
            @Nullable SiteStatus status,
            @Nullable String note,
            @Nullable Instant reportedAt,
            @Nullable String reportedBy,
            @Nullable String channel,
            @Nullable Instant escalatedAt) {

        static SiteStatusView of(SiteRollCall site) {
            return new SiteStatusView(
                    site.site(),
                    site.name(),
                    site.affectedAt(),
                    site.status(),
                    site.note(),
                    site.reportedAt(),
                    site.reportedBy(),
                    site.channel(),
                    site.escalatedAt());
        }
    }

    record StatusesView(
            Map<SiteStatus, Long> counts,
            long unanswered,
            long total,
            long matching,
            int page,
            int size,
            List<SiteStatusView> sites) {}

    @PostMapping("/api/v1/incidents/{id}/sites/{site}/status")
    @Operation(
            summary = "Answer the roll-call for an affected site",
            description = "status is one of " + STATUSES + "; note is an optional line of at most 500 characters."
                    + " Coordinators answer for any site; operators and partner systems of the site's organisation"
                    + " for its sites. 404 for an unknown site or one outside the zones, 409 for a closed incident.")
    SiteStatusView answer(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID site,
            @RequestBody StatusJson body) {
        SiteStatus status = SiteStatus.parse(body.status())
                .orElseThrow(() -> new InvalidIncident(
                        List.of(new InvalidIncident.Problem("status", "must be one of " + STATUSES))));
        return SiteStatusView.of(rollCall.answer(id, site, status, body.note(), "API", user));
    }

    @GetMapping("/api/v1/incidents/{id}/statuses")
    @Operation(
            summary = "The roll-call of an incident: counts by status and a page of its affected sites",
            description = "status filters the page: one of " + STATUSES + ", or UNANSWERED. Sites are ordered by"
                    + " identifier (UNANSWERED: those waiting longest first); size is at most 500. Operators see"
                    + " their organisation's sites only.")
    StatusesView statuses(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        RollCallCounts counts = rollCall.counts(id, user);
        RollCallPage found;
        if (status == null || status.isBlank()) {
            found = rollCall.sites(id, null, page, size, user);
        } else if ("UNANSWERED".equals(status.strip().toUpperCase(Locale.ROOT))) {
            found = rollCall.unanswered(id, page, size, user);
        } else {
            SiteStatus wanted = SiteStatus.parse(status)
                    .orElseThrow(() -> new InvalidIncident(List.of(
                            new InvalidIncident.Problem("status", "must be one of " + STATUSES + " or UNANSWERED"))));
            found = rollCall.sites(id, wanted, page, size, user);
        }
        return new StatusesView(
                counts.byStatus(),
                counts.unanswered(),
                counts.total(),
                found.total(),
                found.page(),
                found.size(),
                found.sites().stream().map(SiteStatusView::of).toList());
    }
}
