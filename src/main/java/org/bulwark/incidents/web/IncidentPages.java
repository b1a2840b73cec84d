package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.AffectedSite;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.MajorEventPhase;
import org.bulwark.incidents.MajorEvents;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.risk.AttackMethods;
import org.bulwark.sites.MapView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The incident pages: the list, the declaration form with its map, and one incident with its zones and sites. */
@Controller
class IncidentPages {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Incidents incidents;
    private final AttackMethods methods;
    private final MessageSource messages;
    private final MapView mapView;
    private final MajorEvents majorEvents;

    IncidentPages(
            Incidents incidents,
            AttackMethods methods,
            MessageSource messages,
            MapView mapView,
            MajorEvents majorEvents) {
        this.majorEvents = majorEvents;
        this.incidents = incidents;
        this.methods = methods;
        this.messages = messages;
        this.mapView = mapView;
    }

    /** One row of the list. */
    record Row(UUID id, String type, String place, String occurredAt, String statusKey, int zones, boolean closed) {}

    /** One zone as the incident page shows it. */
    record ZoneRow(
            UUID id,
            int number,
            String kindKey,
            String validFrom,
            @Nullable String validUntil,
            long version) {}

    /** One affected site as the incident page shows it. */
    record SiteRow(UUID id, String name, String kindKey, int zoneNumber, boolean current, String validityKey) {}

    /** A major event an incident can be linked to. */
    record EventChoice(UUID id, String name) {}

    /** One timeline entry as the incident page shows it. */
    record EventRow(
            String at,
            String who,
            String whatKey,
            @Nullable Integer zoneNumber,
            @Nullable String detail) {}

    @GetMapping("/incidents")
    String list(@AuthenticationPrincipal BulwarkUser user, Locale locale, Model model) {
        Map<String, String> types = typeNames(locale);
        model.addAttribute(
                "incidents",
                incidents.list(user).stream()
                        .map(i -> new Row(
                                i.id(),
                                types.getOrDefault(i.type(), i.type()),
                                i.place(),
                                SHOWN.format(i.occurredAt()),
                                i.status().messageKey(),
                                i.zones().size(),
                                i.isClosed()))
                        .toList());
        model.addAttribute("canDeclare", user.role() == Role.COORDINATOR);
        return "incidents/list";
    }

    @GetMapping("/incidents/new")
    String form(@AuthenticationPrincipal BulwarkUser user, Locale locale, Model model) {
        DeclarationForm form = new DeclarationForm();
        form.setKind(ZoneKind.CORDON.name());
        form.setRadius("200");
        // in an emergency nobody should have to type the time: now, to the minute, until they say otherwise
        form.setOccurredAt(nowToTheMinute());
        form.setValidFrom(nowToTheMinute());
        return declarationPage(user, form, List.of(), locale, model);
    }

    @PostMapping("/incidents")
    String declare(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") DeclarationForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            Incident incident = incidents.declare(form.incidentDraft(), user);
            return "redirect:/incidents/" + incident.id();
        } catch (InvalidIncident e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return declarationPage(user, form, e.problems(), locale, model);
        }
    }

    @GetMapping("/incidents/{id}")
    String incident(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale, Model model) {
        ZoneForm form = new ZoneForm();
        form.setKind(ZoneKind.OUTER.name());
        form.setRadius("500");
        form.setValidFrom(nowToTheMinute());
        return incidentPage(user, id, form, null, List.of(), locale, model);
    }

    @PostMapping("/incidents/{id}/zones")
    String zone(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "zone", required = false) @Nullable String zone,
            @ModelAttribute("form") ZoneForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            if (zone == null || zone.isBlank()) {
                incidents.addZone(id, form.draft(), user);
            } else {
                // the choice names the zone and the version the coordinator saw: "<id>:<version>"
                String[] parts = zone.split(":", 2);
                Long version = parts.length == 2 ? Long.valueOf(parts[1]) : null;
                incidents.redrawZone(id, UUID.fromString(parts[0]), form.draft(), version, user);
            }
            return "redirect:/incidents/" + id;
        } catch (InvalidIncident e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return incidentPage(user, id, form, zone, e.problems(), locale, model);
        }
    }

    @PostMapping("/incidents/{id}/event")
    String linkEvent(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "event", required = false) @Nullable String event,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            incidents.linkEvent(id, DeclarationForm.eventId(event), user);
            return "redirect:/incidents/" + id;
        } catch (InvalidIncident e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            ZoneForm form = new ZoneForm();
            form.setKind(ZoneKind.OUTER.name());
            form.setRadius("500");
            form.setValidFrom(nowToTheMinute());
            return incidentPage(user, id, form, null, e.problems(), locale, model);
        }
    }

    @PostMapping("/incidents/{id}/close")
    String close(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        incidents.close(id, user);
        return "redirect:/incidents/" + id;
    }

    private String declarationPage(
            BulwarkUser user,
            DeclarationForm form,
            List<InvalidIncident.Problem> problems,
            Locale locale,
            Model model) {
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators declare incidents");
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("types", typeNames(locale));
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("map", mapView);
        model.addAttribute("eventChoices", eventChoices(user, null));
        return "incidents/form";
    }

    private String incidentPage(
            BulwarkUser user,
            UUID id,
            ZoneForm form,
            @Nullable String chosenZone,
            List<InvalidIncident.Problem> problems,
            Locale locale,
            Model model) {
        Incident incident = incidents.get(id, user);
        Map<UUID, Integer> numbers = new LinkedHashMap<>();
        for (IncidentZone zone : incident.zones()) {
            numbers.put(zone.id(), numbers.size() + 1);
        }
        List<AffectedSite> affected = incidents.affectedSites(id, user);
        model.addAttribute("incident", incident);
        model.addAttribute("type", typeNames(locale).getOrDefault(incident.type(), incident.type()));
        model.addAttribute("occurredAt", SHOWN.format(incident.occurredAt()));
        model.addAttribute("declaredAt", SHOWN.format(incident.declaredAt()));
        model.addAttribute("closedAt", incident.closedAt() == null ? null : SHOWN.format(incident.closedAt()));
        model.addAttribute(
                "zones",
                incident.zones().stream()
                        .map(z -> new ZoneRow(
                                z.id(),
                                numbers.get(z.id()),
                                z.kind().messageKey(),
                                SHOWN.format(z.validFrom()),
                                z.validUntil() == null ? null : SHOWN.format(z.validUntil()),
                                z.version()))
                        .toList());
        List<SiteRow> siteRows = affected.stream()
                .sorted(Comparator.comparing(s -> !s.isCurrent()))
                .map(s -> new SiteRow(
                        s.site(),
                        s.name(),
                        s.kind().messageKey(),
                        numbers.get(s.zone()),
                        s.isCurrent(),
                        s.validity().messageKey()))
                .toList();
        model.addAttribute("sites", siteRows);
        model.addAttribute(
                "currentSites",
                affected.stream()
                        .filter(AffectedSite::isCurrent)
                        .map(AffectedSite::site)
                        .distinct()
                        .count());
        boolean readsEvents = user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);
        model.addAttribute(
                "linkedEvent",
                incident.event() == null || !readsEvents
                        ? null
                        : new EventChoice(
                                incident.event(),
                                majorEvents.get(incident.event(), user).name()));
        model.addAttribute(
                "eventChoices", user.role() == Role.COORDINATOR ? eventChoices(user, incident.event()) : List.of());
        model.addAttribute("canLink", user.role() == Role.COORDINATOR);
        model.addAttribute(
                "timeline",
                incidents.timeline(id, user).stream()
                        .map(e -> new EventRow(
                                SHOWN.format(e.at()),
                                e.who(),
                                e.what().messageKey(),
                                e.zone() == null ? null : numbers.get(e.zone()),
                                e.detail()))
                        .toList());
        model.addAttribute("zonesJson", zonesJson(incident, affected, numbers, locale));
        model.addAttribute("canChange", user.role() == Role.COORDINATOR && !incident.isClosed());
        model.addAttribute("form", form);
        model.addAttribute("chosenZone", chosenZone == null ? "" : chosenZone);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("map", mapView);
        return "incidents/incident";
    }

    /** The zones and affected sites as one FeatureCollection for the map script. */
    private String zonesJson(
            Incident incident, List<AffectedSite> affected, Map<UUID, Integer> numbers, Locale locale) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (IncidentZone zone : incident.zones()) {
            ObjectNode feature = GeoJson.writeZone(zone.zone());
            ObjectNode properties = (ObjectNode) feature.get("properties");
            properties.put("role", "zone");
            properties.put("zoneKind", zone.kind().name());
            properties.put(
                    "label",
                    messages.getMessage(
                            "incidents.zone.label",
                            new Object[] {
                                numbers.get(zone.id()),
                                messages.getMessage(zone.kind().messageKey(), null, locale)
                            },
                            locale));
            features.add(feature);
        }
        for (AffectedSite site : affected) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.set("geometry", GeoJson.writePoint(site.position()));
            feature.putObject("properties").put("role", "site").put("label", site.name());
        }
        return collection.toString();
    }

    /** The events an incident may be linked to: those not yet in their debrief, and the one it is linked to. */
    private List<EventChoice> eventChoices(BulwarkUser user, @Nullable UUID linked) {
        return majorEvents.list(user).stream()
                .filter(e -> e.phase() != MajorEventPhase.DEBRIEF || e.id().equals(linked))
                .map(e -> new EventChoice(e.id(), e.name()))
                .toList();
    }

    private Map<String, String> typeNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AttackMethods.Method method : methods.active()) {
            names.put(method.code(), method.name(locale));
        }
        names.put(Incidents.OTHER, messages.getMessage("incidents.type.other", null, locale));
        return names;
    }

    /** The current time in UTC to the minute, as a {@code datetime-local} field shows it. */
    private static String nowToTheMinute() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
