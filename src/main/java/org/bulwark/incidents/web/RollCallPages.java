package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.geo.Zone;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.RollCallCounts;
import org.bulwark.incidents.RollCallPage;
import org.bulwark.incidents.SiteMarker;
import org.bulwark.incidents.SiteRollCall;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.reporting.LocatedReport;
import org.bulwark.reporting.ReportsInZones;
import org.bulwark.sites.MapView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The roll-call in the application: answering for a site from a page or a script of the application, the live
 * operations picture of an incident with the fragments and JSON it refreshes itself from, the escalation wait, and
 * the timeline as a PDF after-action record.
 */
@Controller
class RollCallPages {

    /** Unanswered sites listed per page of the operations picture. */
    static final int UNANSWERED_PAGE = 25;

    static final int REPORTS_SHOWN = 20;
    static final int TIMELINE_SHOWN = 15;

    private final Incidents incidents;
    private final RollCall rollCall;
    private final ReportsInZones reports;
    private final Readers readers;
    private final MessageSource messages;
    private final MapView mapView;
    private final IncidentNames names;
    private final AfterActionRecord afterAction;

    RollCallPages(
            Incidents incidents,
            RollCall rollCall,
            ReportsInZones reports,
            Readers readers,
            MessageSource messages,
            MapView mapView,
            IncidentNames names,
            AfterActionRecord afterAction) {
        this.incidents = incidents;
        this.rollCall = rollCall;
        this.reports = reports;
        this.readers = readers;
        this.messages = messages;
        this.mapView = mapView;
        this.names = names;
        this.afterAction = afterAction;
    }

    /** What a script of the application is told after an answer. */
    record Answered(UUID incident, UUID site, SiteStatus status, Instant reportedAt) {}

    @PostMapping("/incidents/{incident}/sites/{site}/status")
    Object answer(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID incident,
            @PathVariable UUID site,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "note", required = false) @Nullable String note,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
            HttpServletRequest request) {
        SiteRollCall answered = rollCall.answer(incident, site, status(status), note, "APP", user);
        if (wantsJson(accept)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Answered(incident, site, answered.status(), answered.reportedAt()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(backTo(referer, request, "/incidents/" + incident)))
                .build();
    }

    @GetMapping("/incidents/{id}/operations")
    String operations(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale, Model model) {
        onlyOperationsStaff(user);
        Incident incident = incidents.get(id, user);
        model.addAttribute("incident", incident);
        model.addAttribute("type", names.type(incident.type(), locale));
        model.addAttribute("zonesJson", zonesJson(incident, locale));
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("map", mapView);
        model.addAttribute("canAnswer", user.role() == Role.COORDINATOR && !incident.isClosed());
        model.addAttribute("escalationWait", rollCall.escalationWait(id, user).toMinutes());
        fillCounts(user, id, model);
        fillUnanswered(user, id, 0, model);
        fillReports(user, incident, model);
        fillTimeline(user, id, locale, model);
        return "incidents/operations";
    }

    @GetMapping("/incidents/{id}/operations/counts")
    String counts(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model) {
        onlyOperationsStaff(user);
        model.addAttribute("incident", incidents.get(id, user));
        fillCounts(user, id, model);
        return "incidents/operations :: counts";
    }

    @GetMapping("/incidents/{id}/operations/unanswered")
    String unanswered(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        onlyOperationsStaff(user);
        Incident incident = incidents.get(id, user);
        model.addAttribute("incident", incident);
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("canAnswer", user.role() == Role.COORDINATOR && !incident.isClosed());
        fillUnanswered(user, id, page, model);
        return "incidents/operations :: unanswered";
    }

    @GetMapping("/incidents/{id}/operations/reports")
    String reports(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model) {
        onlyOperationsStaff(user);
        Incident incident = incidents.get(id, user);
        model.addAttribute("incident", incident);
        fillReports(user, incident, model);
        return "incidents/operations :: reports";
    }

    @GetMapping("/incidents/{id}/operations/timeline")
    String timeline(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale, Model model) {
        onlyOperationsStaff(user);
        model.addAttribute("incident", incidents.get(id, user));
        fillTimeline(user, id, locale, model);
        return "incidents/operations :: timeline";
    }

    /** The zones, as drawn now. */
    @GetMapping(path = "/incidents/{id}/operations/zones.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String zones(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        onlyOperationsStaff(user);
        return zonesJson(incidents.get(id, user), locale);
    }

    /**
     * The affected sites with their answers, as arrays {@code [id, name, latitude, longitude, status]} to keep ten
     * thousand sites small; only the sites named when {@code site} is given.
     */
    @GetMapping(path = "/incidents/{id}/operations/sites.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String markers(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "site", required = false) @Nullable List<UUID> wanted) {
        List<SiteMarker> markers =
                wanted == null || wanted.isEmpty() ? rollCall.markers(id, user) : rollCall.markers(id, wanted, user);
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (SiteMarker marker : markers) {
            ArrayNode row = rows.addArray();
            row.add(marker.site().toString());
            row.add(marker.name());
            row.add(marker.latitude());
            row.add(marker.longitude());
            if (marker.status() == null) {
                row.addNull();
            } else {
                row.add(marker.status().name());
            }
        }
        return rows.toString();
    }

    @PostMapping("/incidents/{id}/escalation-wait")
    String escalationWait(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "minutes", required = false) @Nullable String minutes) {
        rollCall.setEscalationWait(id, RollCall.checkedWait(minutes(minutes)), user);
        return "redirect:/incidents/" + id;
    }

    @GetMapping("/incidents/{id}/timeline.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        onlyOperationsStaff(user);
        byte[] pdf = afterAction.write(id, user, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("incident-" + id + "-timeline.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** One count of the picture, with the cue that goes with it on the map. */
    record CountRow(String key, String messageKey, String symbol, long count) {}

    private void fillCounts(BulwarkUser user, UUID id, Model model) {
        RollCallCounts counts = rollCall.counts(id, user);
        List<CountRow> rows = new ArrayList<>();
        for (SiteStatus status : SiteStatus.values()) {
            rows.add(new CountRow(status.name(), status.messageKey(), StatusCues.symbol(status), counts.of(status)));
        }
        rows.add(
                new CountRow("UNANSWERED", "rollcall.status.unanswered", StatusCues.symbol(null), counts.unanswered()));
        model.addAttribute("counts", rows);
        model.addAttribute("legend", rows);
        model.addAttribute("total", counts.total());
    }

    /** One unanswered site as the picture lists it. */
    record WaitingRow(
            UUID site,
            String name,
            String waitingSince,
            @Nullable String escalatedAt) {}

    private void fillUnanswered(BulwarkUser user, UUID id, int page, Model model) {
        RollCallPage found = rollCall.unanswered(id, page, UNANSWERED_PAGE, user);
        model.addAttribute(
                "waiting",
                found.sites().stream()
                        .map(s -> new WaitingRow(
                                s.site(),
                                s.name(),
                                IncidentNames.SHOWN.format(s.affectedAt()),
                                s.escalatedAt() == null ? null : IncidentNames.SHOWN.format(s.escalatedAt())))
                        .toList());
        model.addAttribute("waitingTotal", found.total());
        model.addAttribute("waitingPage", found.page());
        model.addAttribute("waitingPages", Math.max(1, (found.total() + UNANSWERED_PAGE - 1) / UNANSWERED_PAGE));
    }

    /** One report placed inside a zone as the picture lists it. */
    record ReportRow(
            UUID id,
            String reference,
            String stateKey,
            String receivedAt,
            @Nullable String category) {}

    private void fillReports(BulwarkUser user, Incident incident, Model model) {
        List<Zone> zones = incident.zones().stream().map(IncidentZone::zone).toList();
        List<LocatedReport> found = reports.inside(
                readers.reader(user.accountId(), user.role()), zones, incident.occurredAt(), REPORTS_SHOWN);
        model.addAttribute(
                "reports",
                found.stream()
                        .map(r -> new ReportRow(
                                r.id(),
                                r.reference(),
                                r.state().messageKey(),
                                IncidentNames.SHOWN.format(r.receivedAt()),
                                r.category()))
                        .toList());
    }

    private void fillTimeline(BulwarkUser user, UUID id, Locale locale, Model model) {
        List<TimelineEntry> all = incidents.timeline(id, user);
        List<TimelineEntry> latest = new ArrayList<>(all.subList(Math.max(0, all.size() - TIMELINE_SHOWN), all.size()));
        Collections.reverse(latest);
        model.addAttribute("recent", names.rows(incidents.get(id, user), latest, locale));
        model.addAttribute("timelineTotal", all.size());
    }

    /** The zones as a FeatureCollection for the map script. */
    private String zonesJson(Incident incident, Locale locale) {
        return ZoneMap.collection(incident, messages, locale).toString();
    }

    private static SiteStatus status(@Nullable String value) {
        return SiteStatus.parse(value)
                .orElseThrow(() -> new InvalidIncident(List.of(new InvalidIncident.Problem(
                        "status", "must be one of SAFE, SHELTERING, EVACUATING, NEEDS_HELP, NOT_OCCUPIED"))));
    }

    private static @Nullable Integer minutes(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean wantsJson(@Nullable String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("text/html");
    }

    /** The page the form was sent from, when it is one of this application; the fallback otherwise. */
    static String backTo(@Nullable String referer, HttpServletRequest request, String fallback) {
        String base = request.getContextPath();
        if (referer == null || referer.isBlank()) {
            return base + fallback;
        }
        try {
            URI uri = new URI(referer);
            boolean sameOrigin = uri.getHost() == null
                    || (uri.getHost().equalsIgnoreCase(request.getServerName())
                            && (uri.getPort() == -1 || uri.getPort() == request.getServerPort()));
            String path = uri.getRawPath();
            if (!sameOrigin || path == null || !path.startsWith(base + "/") || path.startsWith("//")) {
                return base + fallback;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return base + fallback;
        }
    }

    private static void onlyOperationsStaff(BulwarkUser user) {
        if (!user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR)) {
            throw new IncidentsNotPermitted("the operations picture is for coordinators, analysts and advisors");
        }
    }
}
