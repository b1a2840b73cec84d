package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.ActionCard;
import org.bulwark.incidents.AffectedSite;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentAlert;
import org.bulwark.incidents.IncidentAlerts;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.MajorEventPhase;
import org.bulwark.incidents.MajorEvents;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.RollCallCounts;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.notify.Channel;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.DeliveryRecord;
import org.bulwark.notify.DeliveryState;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The incident pages: the list, the declaration form with its map, and one incident with its zones and sites. */
@Controller
class IncidentPages {

    static final int DELIVERIES_PER_PAGE = 500;

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Incidents incidents;
    private final IncidentAlerts alerts;
    private final Deliveries deliveries;
    private final AttackMethods methods;
    private final MessageSource messages;
    private final MapView mapView;
    private final RollCall rollCall;
    private final IncidentNames names;
    private final MajorEvents majorEvents;

    IncidentPages(
            Incidents incidents,
            IncidentAlerts alerts,
            Deliveries deliveries,
            AttackMethods methods,
            MessageSource messages,
            MapView mapView,
            RollCall rollCall,
            IncidentNames names,
            MajorEvents majorEvents) {
        this.majorEvents = majorEvents;
        this.incidents = incidents;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.methods = methods;
        this.messages = messages;
        this.mapView = mapView;
        this.rollCall = rollCall;
        this.names = names;
    }

    /** An action card as the alert form offers it, written in the page's language for this incident. */
    record CardChoice(String name, String title, String text, boolean suggested) {}

    /** A sent alert as the incident page lists it, with its deliveries counted per channel and state. */
    record AlertRow(IncidentAlert alert, String sentAt, Map<Channel, Map<DeliveryState, Long>> summary) {}

    /** One delivery as the alert page lists it. */
    record DeliveryRow(
            String channel,
            String address,
            String state,
            int attempts,
            @Nullable String lastError,
            @Nullable String lastAttemptAt,
            @Nullable String deliveredAt) {}

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

    /** A site of the operator's organisation with its latest answer. */
    record OwnSite(
            UUID site,
            String name,
            @Nullable SiteStatus status,
            @Nullable String reportedBy,
            @Nullable String reportedAt) {}

    /** The most timeline entries the incident page shows, the latest; the after-action record has them all. */
    static final int TIMELINE_SHOWN = 100;

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
        form.setEscalationWaitMinutes(
                Long.toString(rollCall.defaultEscalationWait().toMinutes()));
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
            String minutes = form.getEscalationWaitMinutes();
            // left out, the configured wait applies
            Duration wait = minutes == null || minutes.isBlank()
                    ? rollCall.defaultEscalationWait()
                    : RollCall.checkedWait(minutes(minutes));
            Incident incident = incidents.declare(form.incidentDraft(), user);
            if (!wait.equals(rollCall.defaultEscalationWait())) {
                rollCall.setEscalationWait(incident.id(), wait, user);
            }
            return "redirect:/incidents/" + incident.id();
        } catch (InvalidIncident e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return declarationPage(user, form, e.problems(), locale, model);
        }
    }

    @GetMapping("/incidents/{id}")
    String incident(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "card", required = false) @Nullable String card,
            Locale locale,
            Model model) {
        ZoneForm form = new ZoneForm();
        form.setKind(ZoneKind.OUTER.name());
        form.setRadius("500");
        form.setValidFrom(nowToTheMinute());
        model.addAttribute("chosenCard", card);
        return incidentPage(user, id, form, null, List.of(), locale, model);
    }

    @PostMapping("/incidents/{id}/alerts")
    String sendAlert(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @ModelAttribute("alertForm") AlertForm alertForm,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            IncidentAlert sent = alerts.send(id, alertForm.draft(), user);
            // flash attributes live in the session, which is stored: plain values only
            redirect.addFlashAttribute("alertSentSites", sent.sites());
            redirect.addFlashAttribute("alertSentPeople", sent.recipients());
            return "redirect:/incidents/" + id;
        } catch (InvalidIncident e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            ZoneForm form = new ZoneForm();
            form.setKind(ZoneKind.OUTER.name());
            form.setRadius("500");
            form.setValidFrom(nowToTheMinute());
            model.addAttribute("alertProblems", e.problems());
            return incidentPage(user, id, form, null, List.of(), locale, model);
        }
    }

    @GetMapping("/incidents/{id}/alerts/{alert}")
    String alert(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID alert,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Incident incident = incidents.get(id, user);
        IncidentAlert found = alerts.alert(id, alert, user);
        int offset = Math.max(0, page) * DELIVERIES_PER_PAGE;
        List<DeliveryRecord> records = deliveries.of(alert, offset, DELIVERIES_PER_PAGE + 1);
        model.addAttribute("incident", incident);
        model.addAttribute("type", typeNames(locale).getOrDefault(incident.type(), incident.type()));
        model.addAttribute("alert", found);
        model.addAttribute("sentAt", SHOWN.format(found.sentAt()));
        model.addAttribute("summary", deliveries.summary(alert));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("states", DeliveryState.values());
        model.addAttribute(
                "deliveries",
                records.stream()
                        .limit(DELIVERIES_PER_PAGE)
                        .map(r -> new DeliveryRow(
                                r.channel().name(),
                                r.address(),
                                r.state().name(),
                                r.attempts(),
                                r.lastError(),
                                r.lastAttemptAt() == null ? null : SHOWN.format(r.lastAttemptAt()),
                                r.deliveredAt() == null ? null : SHOWN.format(r.deliveredAt())))
                        .toList());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", records.size() > DELIVERIES_PER_PAGE);
        return "incidents/alert";
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
        Map<UUID, Integer> numbers = ZoneMap.numbers(incident);
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
        List<TimelineEntry> timeline = incidents.timeline(id, user);
        model.addAttribute(
                "timeline",
                names.rows(
                        incident,
                        timeline.subList(Math.max(0, timeline.size() - TIMELINE_SHOWN), timeline.size()),
                        locale));
        model.addAttribute("timelineTotal", timeline.size());
        model.addAttribute("timelineShown", Math.min(TIMELINE_SHOWN, timeline.size()));
        boolean operations = user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);
        model.addAttribute("canOperate", operations);
        model.addAttribute("escalationWait", rollCall.escalationWait(id, user).toMinutes());
        model.addAttribute("statuses", SiteStatus.values());
        if (operations) {
            RollCallCounts counts = rollCall.counts(id, user);
            model.addAttribute("counts", counts);
            model.addAttribute("needsHelp", counts.of(SiteStatus.NEEDS_HELP));
        }
        model.addAttribute(
                "ownSites",
                user.role() == Role.OPERATOR
                        ? rollCall.sites(id, null, 0, RollCall.MAX_PAGE, user).sites().stream()
                                .map(r -> new OwnSite(
                                        r.site(),
                                        r.name(),
                                        r.status(),
                                        r.reportedBy(),
                                        r.reportedAt() == null ? null : SHOWN.format(r.reportedAt())))
                                .toList()
                        : List.of());
        model.addAttribute("canAnswer", user.role() == Role.OPERATOR && !incident.isClosed());
        model.addAttribute("zonesJson", zonesJson(incident, affected, locale));
        model.addAttribute("canChange", user.role() == Role.COORDINATOR && !incident.isClosed());
        model.addAttribute("form", form);
        model.addAttribute("chosenZone", chosenZone == null ? "" : chosenZone);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("map", mapView);
        alertSection(user, incident, locale, model);
        return "incidents/incident";
    }

    /** The alert form for coordinators, and the alerts sent so far for every role that reads them. */
    private void alertSection(BulwarkUser user, Incident incident, Locale locale, Model model) {
        boolean staff = user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);
        model.addAttribute(
                "alerts",
                staff
                        ? alerts.alerts(incident.id(), user).stream()
                                .map(a -> new AlertRow(a, SHOWN.format(a.sentAt()), deliveries.summary(a.id())))
                                .toList()
                        : List.of());
        boolean canAlert = user.role() == Role.COORDINATOR && !incident.isClosed();
        model.addAttribute("canAlert", canAlert);
        if (!canAlert) {
            return;
        }
        ActionCard suggested = alerts.suggestedCard(incident.id(), user);
        List<CardChoice> cards = new ArrayList<>();
        for (ActionCard card : ActionCard.values()) {
            cards.add(new CardChoice(
                    card.name(),
                    messages.getMessage(card.titleKey(), null, locale),
                    messages.getMessage(card.textKey(), new Object[] {incident.place()}, locale),
                    card == suggested));
        }
        model.addAttribute("cards", cards);
        model.addAttribute("audience", alerts.audience(incident.id(), user));
        if (!model.containsAttribute("alertForm")) {
            Object asked = model.getAttribute("chosenCard");
            CardChoice chosen = cards.stream()
                    .filter(c -> c.name().equals(asked))
                    .findFirst()
                    .orElseGet(() -> cards.stream()
                            .filter(CardChoice::suggested)
                            .findFirst()
                            .orElseThrow());
            AlertForm form = new AlertForm();
            form.setCard(chosen.name());
            form.setTitle(chosen.title());
            form.setText(chosen.text());
            model.addAttribute("alertForm", form);
        }
        if (!model.containsAttribute("alertProblems")) {
            model.addAttribute("alertProblems", List.of());
        }
    }

    /** The zones and affected sites as one FeatureCollection for the map script. */
    private String zonesJson(Incident incident, List<AffectedSite> affected, Locale locale) {
        ObjectNode collection = ZoneMap.collection(incident, messages, locale);
        ArrayNode features = (ArrayNode) collection.get("features");
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

    private static @Nullable Integer minutes(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The current time in UTC to the minute, as a {@code datetime-local} field shows it. */
    private static String nowToTheMinute() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
