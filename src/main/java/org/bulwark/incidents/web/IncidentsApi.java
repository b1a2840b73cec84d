package org.bulwark.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.AffectedSite;
import org.bulwark.incidents.AlertDraft;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentAlert;
import org.bulwark.incidents.IncidentAlerts;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.IncidentStatus;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.incidents.ZoneValidity;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.DeliveryRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Incidents over the API, through the same access rule as the pages. */
@RestController
@Tag(name = "Incidents", description = "Incidents, their zones with validity periods, and the sites inside them")
class IncidentsApi {

    private final Incidents incidents;
    private final IncidentAlerts alerts;
    private final Deliveries deliveries;
    private final RollCall rollCall;

    IncidentsApi(Incidents incidents, IncidentAlerts alerts, Deliveries deliveries, RollCall rollCall) {
        this.incidents = incidents;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.rollCall = rollCall;
    }

    record AlertJson(
            @Nullable String card,
            @Nullable String title,
            @Nullable String text) {}

    record DeclarationJson(
            @Nullable String type,
            @Nullable String place,
            @Nullable Instant occurredAt,
            @Nullable List<ZoneJson> zones,
            @Nullable Integer escalationWaitMinutes,
            @Nullable UUID event) {}

    record EventLinkJson(@Nullable UUID event) {}

    record ZoneView(
            UUID id,
            ZoneKind kind,
            JsonNode geometry,
            Instant validFrom,
            @Nullable Instant validUntil,
            long version) {

        static ZoneView of(IncidentZone zone) {
            return new ZoneView(
                    zone.id(),
                    zone.kind(),
                    GeoJson.writeZone(zone.zone()),
                    zone.validFrom(),
                    zone.validUntil(),
                    zone.version());
        }
    }

    record IncidentView(
            UUID id,
            String type,
            String place,
            Instant occurredAt,
            IncidentStatus status,
            String declaredBy,
            Instant declaredAt,
            @Nullable Instant closedAt,
            List<ZoneView> zones,
            @Nullable UUID event) {

        static IncidentView of(Incident incident) {
            return new IncidentView(
                    incident.id(),
                    incident.type(),
                    incident.place(),
                    incident.occurredAt(),
                    incident.status(),
                    incident.declaredBy(),
                    incident.declaredAt(),
                    incident.closedAt(),
                    incident.zones().stream().map(ZoneView::of).toList(),
                    incident.event());
        }
    }

    record AffectedSiteView(
            UUID site,
            String name,
            double latitude,
            double longitude,
            UUID zone,
            ZoneKind kind,
            boolean current,
            ZoneValidity validity) {

        static AffectedSiteView of(AffectedSite site) {
            return new AffectedSiteView(
                    site.site(),
                    site.name(),
                    site.position().latitude(),
                    site.position().longitude(),
                    site.zone(),
                    site.kind(),
                    site.isCurrent(),
                    site.validity());
        }
    }

    @PostMapping("/api/v1/incidents")
    @Operation(
            summary = "Declare an incident with one or more zones",
            description = "type is an attack-method code of the risk catalogue, or OTHER. Each zone has a kind"
                    + " (CORDON, INNER, OUTER, AVOID), a GeoJSON geometry (a Polygon, or a Point with radiusMetres"
                    + " for a circle) and a validity period. escalationWaitMinutes (1 to 1440, default 10) is how long"
                    + " affected sites have to answer the roll-call before their secondary contacts are e-mailed. event"
                    + " optionally links it to a major event."
                    + " Coordinators only.")
    ResponseEntity<IncidentView> declare(
            @AuthenticationPrincipal BulwarkUser user, @RequestBody DeclarationJson declaration) {
        List<ZoneJson> zones = declaration.zones() == null ? List.of() : declaration.zones();
        Duration wait = declaration.escalationWaitMinutes() == null
                ? null
                : RollCall.checkedWait(declaration.escalationWaitMinutes());
        Incident incident = incidents.declare(
                new IncidentDraft(
                        declaration.type(),
                        declaration.place(),
                        declaration.occurredAt(),
                        zones.stream().map(ZoneJson::draft).toList(),
                        declaration.event()),
                user);
        if (wait != null && !wait.equals(rollCall.defaultEscalationWait())) {
            rollCall.setEscalationWait(incident.id(), wait, user);
        }
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
                .body(IncidentView.of(incident));
    }

    @GetMapping("/api/v1/incidents")
    @Operation(summary = "The incidents you may see, active ones first, newest first")
    List<IncidentView> list(@AuthenticationPrincipal BulwarkUser user) {
        return incidents.list(user).stream().map(IncidentView::of).toList();
    }

    @GetMapping("/api/v1/incidents/{id}")
    @Operation(summary = "One incident with its zones")
    IncidentView get(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return IncidentView.of(incidents.get(id, user));
    }

    @PostMapping("/api/v1/incidents/{id}/zones")
    @Operation(summary = "Add a zone to an active incident; its affected sites are computed")
    ResponseEntity<ZoneView> addZone(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody ZoneJson zone) {
        IncidentZone added = incidents.addZone(id, zone.draft(), user);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/zones/" + added.id()))
                .body(ZoneView.of(added));
    }

    @PutMapping("/api/v1/incidents/{id}/zones/{zone}")
    @Operation(
            summary = "Redraw a zone of an active incident; its affected sites are recomputed",
            description = "Send the version you redrew to be told, with 409, when someone redrew it meanwhile.")
    ZoneView redrawZone(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID zone,
            @RequestBody ZoneJson body) {
        return ZoneView.of(incidents.redrawZone(id, zone, body.draft(), body.version(), user));
    }

    @PostMapping("/api/v1/incidents/{id}/close")
    @Operation(summary = "Close an active incident")
    IncidentView close(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return IncidentView.of(incidents.close(id, user));
    }

    @GetMapping("/api/v1/incidents/{id}/affected-sites")
    @Operation(
            summary = "The sites inside the incident's zones that apply now",
            description = "One entry per site and zone; operators see only their organisation's sites. By default only"
                    + " zones valid now count; with all=true every zone does, each entry saying whether its zone is"
                    + " CURRENT, UPCOMING (not valid yet) or EXPIRED.")
    List<AffectedSiteView> affectedSites(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "all", defaultValue = "false") boolean all) {
        return incidents.affectedSites(id, user).stream()
                .filter(site -> all || site.isCurrent())
                .map(AffectedSiteView::of)
                .toList();
    }

    @PostMapping("/api/v1/incidents/{id}/alerts")
    @Operation(
            summary = "Send an alert to the affected sites",
            description = "card: RUN_HIDE_TELL, INVACUATE, LOCKDOWN, EVACUATE or AVOID_AREA; title and text as they"
                    + " are to be read. Every member of the organisation of every site inside the incident's zones"
                    + " gets it in the application (a banner over any page they have open), by e-mail, and by text"
                    + " message where a number is recorded; receivers subscribed to alert.issued get a webhook. The"
                    + " alert and its deliveries are stored together. Coordinators only.")
    ResponseEntity<IncidentAlert> sendAlert(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody AlertJson body) {
        IncidentAlert sent = alerts.send(id, new AlertDraft(body.card(), body.title(), body.text()), user);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/alerts/" + sent.id()))
                .body(sent);
    }

    @GetMapping("/api/v1/incidents/{id}/alerts")
    @Operation(summary = "The alerts sent about the incident, newest first")
    List<IncidentAlert> alerts(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return alerts.alerts(id, user);
    }

    @GetMapping("/api/v1/incidents/{id}/alerts/{alert}")
    @Operation(summary = "One alert of the incident")
    IncidentAlert alert(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID alert) {
        return alerts.alert(id, alert, user);
    }

    @GetMapping("/api/v1/incidents/{id}/alerts/{alert}/deliveries")
    @Operation(
            summary = "The deliveries of an alert, per recipient and channel",
            description = "Channel (IN_APP, EMAIL, SMS, WEBHOOK), address, state (PENDING, SENDING, DELIVERED, DEAD,"
                    + " CANCELLED), attempts and the last error. Pages of at most 5,000 with offset and limit.")
    List<DeliveryRecord> deliveries(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID alert,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "1000") int limit) {
        alerts.alert(id, alert, user);
        return deliveries.of(alert, offset, limit);
    }

    @PutMapping("/api/v1/incidents/{id}/event")
    @Operation(
            summary = "Link the incident to a major event, or unlink it with \"event\": null",
            description = "An unknown event answers 400 and changes nothing. Coordinators only.")
    IncidentView linkEvent(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody EventLinkJson body) {
        return IncidentView.of(incidents.linkEvent(id, body.event(), user));
    }
}
