package org.bulwark.engagement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.AlertDraft;
import org.bulwark.engagement.AlertMessage;
import org.bulwark.engagement.AlertNotFound;
import org.bulwark.engagement.AlertScope;
import org.bulwark.engagement.AlertText;
import org.bulwark.engagement.Alerts;
import org.bulwark.engagement.AlertsNotPermitted;
import org.bulwark.engagement.InvalidAlert;
import org.bulwark.geo.GeoJson;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.interop.Cap;
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

/**
 * The alert pages for the network: the list, the form that issues an alert (filled in from an incident when opened
 * from one), one message with its history, and the forms that update and cancel.
 */
@Controller
class AlertPages {

    private final Alerts alerts;
    private final Incidents incidents;
    private final AlertViews views;
    private final AlertPageSettings settings;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    AlertPages(
            Alerts alerts, Incidents incidents, AlertViews views, AlertPageSettings settings, MessageSource messages) {
        this.alerts = alerts;
        this.incidents = incidents;
        this.views = views;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/alerts")
    String list(@AuthenticationPrincipal BulwarkUser user, Locale locale, Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "alerts",
                alerts.list(user).stream().map(a -> views.row(a, locale, now)).toList());
        model.addAttribute("canIssue", user.role() == Role.COORDINATOR);
        return "engagement/alerts";
    }

    @GetMapping("/alerts/new")
    String form(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(name = "incident", required = false) @Nullable UUID incident,
            Model model) {
        onlyCoordinators(user);
        AlertForm form = new AlertForm();
        form.setCategory(Cap.Category.SECURITY.name());
        form.setUrgency(Cap.Urgency.IMMEDIATE.name());
        form.setSeverity(Cap.Severity.SEVERE.name());
        form.setCertainty(Cap.Certainty.OBSERVED.name());
        form.setExpires(LocalDateTime.ofInstant(clock.instant().plus(6, ChronoUnit.HOURS), settings.timeZone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString());
        form.setRestriction(messages.getMessage("engagement.form.restriction.default", null, Locale.ENGLISH));
        if (incident != null) {
            Incident found = incidents.get(incident, user);
            form.setIncident(found.id().toString());
            form.setAreaSource(AlertForm.AreaSource.INCIDENT);
            form.setEventEn(text("engagement.form.default.event", found, Locale.ENGLISH));
            form.setHeadlineEn(text("engagement.form.default.headline", found, Locale.ENGLISH));
            form.setDescriptionEn(text("engagement.form.default.description", found, Locale.ENGLISH));
            form.setInstructionEn(text("engagement.form.default.instruction", found, Locale.ENGLISH));
            form.setAreaEn(text("engagement.form.default.area", found, Locale.ENGLISH));
            form.setEventFr(text("engagement.form.default.event", found, Locale.FRENCH));
            form.setHeadlineFr(text("engagement.form.default.headline", found, Locale.FRENCH));
            form.setDescriptionFr(text("engagement.form.default.description", found, Locale.FRENCH));
            form.setInstructionFr(text("engagement.form.default.instruction", found, Locale.FRENCH));
            form.setAreaFr(text("engagement.form.default.area", found, Locale.FRENCH));
        }
        return formPage(user, form, null, List.of(), model);
    }

    @PostMapping("/alerts")
    String issue(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") AlertForm form,
            Model model,
            HttpServletResponse response) {
        try {
            Alert alert = alerts.issue(form.draft(settings.timeZone(), List.of()), user);
            return "redirect:/alerts/" + alert.id();
        } catch (InvalidAlert e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(user, form, null, e.problems(), model);
        }
    }

    @GetMapping("/alerts/{id}")
    String alert(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale, Model model) {
        Alert alert = alerts.get(id, user);
        AlertMessage message = message(alert, id);
        model.addAttribute("message", views.message(alert, message, locale, clock.instant()));
        model.addAttribute("history", views.history(alert, message, locale));
        model.addAttribute("isPublic", alert.scope() == AlertScope.PUBLIC);
        model.addAttribute("canChange", user.role() == Role.COORDINATOR && !alert.isCancelled());
        model.addAttribute("incident", alert.incident());
        return "engagement/alert";
    }

    @GetMapping("/alerts/{id}/update")
    String updateForm(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model) {
        onlyCoordinators(user);
        Alert alert = alerts.get(id, user);
        AlertMessage latest = alert.latest();
        AlertForm form = new AlertForm();
        form.setScope(alert.scope().name());
        form.setRestriction(latest.restriction());
        form.setExercise(latest.status() == Cap.Status.EXERCISE);
        form.setCategory(latest.category().name());
        form.setUrgency(latest.urgency().name());
        form.setSeverity(latest.severity().name());
        form.setCertainty(latest.certainty().name());
        form.setExpires(LocalDateTime.ofInstant(latest.expires(), settings.timeZone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString());
        for (AlertText text : latest.texts()) {
            if (text.language().equals("en")) {
                form.setEventEn(text.event());
                form.setHeadlineEn(text.headline());
                form.setDescriptionEn(text.description());
                form.setInstructionEn(text.instruction());
                form.setAreaEn(text.area());
            } else if (text.language().equals("fr")) {
                form.setEventFr(text.event());
                form.setHeadlineFr(text.headline());
                form.setDescriptionFr(text.description());
                form.setInstructionFr(text.instruction());
                form.setAreaFr(text.area());
            }
        }
        form.setAreaSource(AlertForm.AreaSource.KEEP);
        return formPage(user, form, alert, List.of(), model);
    }

    @PostMapping("/alerts/{id}/updates")
    String update(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AlertForm form,
            Model model,
            HttpServletResponse response) {
        onlyCoordinators(user);
        Alert alert = alerts.get(id, user);
        List<String> kept = alert.latest().areas().stream()
                .map(z -> GeoJson.writeZone(z).toString())
                .toList();
        try {
            AlertDraft draft = form.draft(settings.timeZone(), kept);
            Alert updated = alerts.update(id, draft, user);
            return "redirect:/alerts/" + updated.latest().id();
        } catch (InvalidAlert e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(user, form, alert, e.problems(), model);
        }
    }

    @PostMapping("/alerts/{id}/cancellation")
    String cancel(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "note", required = false) @Nullable String note) {
        Alert cancelled = alerts.cancel(id, note, user);
        return "redirect:/alerts/" + cancelled.latest().id();
    }

    private String formPage(
            BulwarkUser user,
            AlertForm form,
            @Nullable Alert updating,
            List<InvalidAlert.Problem> problems,
            Model model) {
        onlyCoordinators(user);
        UUID incident = updating != null ? updating.incident() : parse(form.getIncident());
        int incidentZones = 0;
        String incidentPlace = null;
        if (incident != null) {
            Incident found = incidents.get(incident, user);
            Instant now = clock.instant();
            incidentPlace = found.place();
            incidentZones = (int)
                    found.zones().stream().filter(z -> stillApplies(z, now)).count();
        }
        model.addAttribute("form", form);
        model.addAttribute(
                "updating", updating == null ? null : updating.latest().id());
        model.addAttribute("incidentId", incident);
        model.addAttribute("incidentPlace", incidentPlace);
        model.addAttribute("incidentZones", incidentZones);
        model.addAttribute("problems", problems);
        model.addAttribute("scopes", AlertScope.values());
        model.addAttribute("categories", options(Cap.Category.values()));
        model.addAttribute("urgencies", options(Cap.Urgency.values()));
        model.addAttribute("severities", options(Cap.Severity.values()));
        model.addAttribute("certainties", options(Cap.Certainty.values()));
        model.addAttribute("timeZone", settings.timeZone().getId());
        return "engagement/form";
    }

    /** One choice of a code list on the form. */
    record Option(String value, String key) {}

    private static List<Option> options(Enum<?>[] codes) {
        return java.util.Arrays.stream(codes)
                .map(c -> new Option(c.name(), AlertViews.key(c)))
                .toList();
    }

    private String text(String key, Incident incident, Locale locale) {
        return messages.getMessage(key, new Object[] {incident.place()}, locale);
    }

    private static boolean stillApplies(IncidentZone zone, Instant now) {
        return zone.validUntil() == null || zone.validUntil().isAfter(now);
    }

    private static @Nullable UUID parse(@Nullable String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void onlyCoordinators(BulwarkUser user) {
        if (user.role() != Role.COORDINATOR) {
            throw new AlertsNotPermitted("only coordinators issue, update and cancel alerts");
        }
    }

    private static AlertMessage message(Alert alert, UUID id) {
        AlertMessage message = alert.message(id);
        if (message == null) {
            throw new AlertNotFound(id);
        }
        return message;
    }
}
