package org.bulwark.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.reporting.internal.Correlations;
import org.bulwark.reporting.internal.ReportLink;
import org.bulwark.reporting.internal.ReportLinkNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The links correlation made between reports, for analysts and coordinators, who may dismiss a wrong one. */
@RestController
@RequestMapping("/api/v1/reports/{id}/links")
@Tag(name = "Suspicious-activity reports")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class ReportLinksApi {

    private final Correlations correlations;
    private final ReportLinksViews views;

    ReportLinksApi(Correlations correlations, ReportLinksViews views) {
        this.correlations = correlations;
        this.views = views;
    }

    /**
     * A link seen from the report in the path.
     *
     * @param reason PLATE, PHONE, HANDLE, SAME_SITE, NEARBY or SECTOR_PATTERN
     * @param detail the shared key, the site, the distance in metres or {@code sector/category}
     * @param explanation the reason in words, in the caller's language
     * @param otherLaterMinutes how many minutes after this report's activity the other's was seen; negative if before
     */
    record LinkView(
            UUID id,
            UUID report,
            UUID other,
            String reason,
            String detail,
            String explanation,
            @Nullable Integer distanceMetres,
            long otherLaterMinutes,
            Instant createdAt,
            boolean dismissed,
            @Nullable UUID dismissedBy,
            @Nullable Instant dismissedAt,
            @Nullable String dismissalNote) {}

    /** A dismissal: the note saying why the link is wrong is required. */
    record DismissalBody(@Nullable String note) {}

    @GetMapping
    @Operation(
            summary = "The links of a report (analysts, coordinators)",
            description = "Every link in either direction, dismissed ones included and flagged, each with its reason in"
                    + " words. Empty for a report that has none.")
    List<LinkView> list(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = views.names(user, locale);
        return correlations.linksOf(id).stream()
                .map(link -> view(link, locale, names))
                .toList();
    }

    @PostMapping("/{linkId}/dismissal")
    @Operation(
            summary = "Dismiss a wrong link (analysts, coordinators)",
            description = "Needs a note. 404 when the link is not one of the report's; 409 when it was already"
                    + " dismissed. The link stays, flagged, and correlating again does not bring it back.")
    LinkView dismiss(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID linkId,
            @RequestBody(required = false) @Nullable DismissalBody body) {
        linkOf(correlations, id, linkId);
        correlations.dismiss(linkId, user.accountId(), body == null ? null : body.note());
        Locale locale = LocaleContextHolder.getLocale();
        return view(linkOf(correlations, id, linkId), locale, views.names(user, locale));
    }

    /** The link, seen from the report, when it is one of the report's. */
    static ReportLink linkOf(Correlations correlations, UUID report, UUID link) {
        return correlations
                .find(link)
                .filter(found -> found.report().equals(report) || found.other().equals(report))
                .map(found -> found.seenFrom(report))
                .orElseThrow(() -> new ReportLinkNotFound(link));
    }

    private LinkView view(ReportLink link, Locale locale, Map<String, String> names) {
        return new LinkView(
                link.id(),
                link.report(),
                link.other(),
                link.reason().name(),
                link.detail(),
                views.reason(link, locale, names),
                link.distanceMetres(),
                link.otherLater().toMinutes(),
                link.createdAt(),
                link.dismissed(),
                link.dismissedBy(),
                link.dismissedAt(),
                link.dismissalNote());
    }
}
