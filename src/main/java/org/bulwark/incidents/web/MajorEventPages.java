package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Accreditations;
import org.bulwark.incidents.EventStakeholders;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEvent;
import org.bulwark.incidents.MajorEventPhase;
import org.bulwark.incidents.MajorEvents;
import org.bulwark.incidents.ScreeningStatus;
import org.bulwark.incidents.StakeholderDraft;
import org.bulwark.incidents.StakeholderRole;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The major-event pages: the list, the planning form, and one event with its phases and checklists. */
@Controller
class MajorEventPages {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MajorEvents events;
    private final Sites sites;
    private final EventStakeholders stakeholders;
    private final Accreditations accreditations;
    private final Incidents incidents;
    private final PartnerNames partnerNames;

    MajorEventPages(
            MajorEvents events,
            Sites sites,
            EventStakeholders stakeholders,
            Accreditations accreditations,
            Incidents incidents,
            PartnerNames partnerNames) {
        this.events = events;
        this.sites = sites;
        this.stakeholders = stakeholders;
        this.accreditations = accreditations;
        this.incidents = incidents;
        this.partnerNames = partnerNames;
    }

    /** One stakeholder as the event page shows it. */
    record StakeholderRow(
            UUID id,
            String name,
            boolean partner,
            String roleKey,
            @Nullable String contact,
            String responsibility) {}

    /** One linked incident as the event page shows it. */
    record IncidentRow(UUID id, String place, String occurredAt, String statusKey) {}

    /** One row of the list. */
    record Row(UUID id, String name, String startsAt, String endsAt, String phaseKey, int venues) {}

    /** One venue as the event page shows it. */
    record VenueRow(UUID id, String name) {}

    /** One task as the event page shows it. */
    record TaskRow(
            UUID id,
            String title,
            String owner,
            boolean done,
            @Nullable String doneAt,
            @Nullable String doneBy) {}

    /** One phase with its checklist. */
    record PhaseRow(String name, String key, boolean current, List<TaskRow> tasks) {}

    /** One line of the phase history. */
    record HistoryRow(
            String at,
            @Nullable String fromKey,
            String toKey,
            @Nullable String by) {}

    @GetMapping("/events")
    String list(@AuthenticationPrincipal BulwarkUser user, Model model) {
        model.addAttribute(
                "events",
                events.list(user).stream()
                        .map(e -> new Row(
                                e.id(),
                                e.name(),
                                SHOWN.format(e.startsAt()),
                                SHOWN.format(e.endsAt()),
                                e.phase().messageKey(),
                                e.venues().size()))
                        .toList());
        model.addAttribute("canPlan", user.role() == Role.COORDINATOR);
        return "incidents/events";
    }

    @GetMapping("/events/new")
    String form(@AuthenticationPrincipal BulwarkUser user, Model model) {
        return formPage(user, new EventForm(), List.of(), model);
    }

    @PostMapping("/events")
    String plan(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") EventForm form,
            Model model,
            HttpServletResponse response) {
        try {
            MajorEvent event = events.plan(form.draft(), user);
            return "redirect:/events/" + event.id();
        } catch (InvalidMajorEvent e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(user, form, e.problems(), model);
        }
    }

    @GetMapping("/events/{id}")
    String event(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model) {
        return eventPage(user, id, List.of(), model);
    }

    @PostMapping("/events/{id}/phase")
    String advance(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam("phase") MajorEventPhase phase) {
        events.advance(id, phase, user);
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/tasks")
    String addTask(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam("phase") MajorEventPhase phase,
            @RequestParam(name = "title", required = false) @Nullable String title,
            @RequestParam(name = "owner", required = false) @Nullable String owner,
            Model model,
            HttpServletResponse response) {
        try {
            events.addTask(id, phase, title, owner, user);
            return "redirect:/events/" + id + "#phase-" + phase.name();
        } catch (InvalidMajorEvent e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return eventPage(user, id, e.problems(), model);
        }
    }

    @PostMapping("/events/{id}/tasks/{task}")
    String tick(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID task,
            @RequestParam(name = "done", defaultValue = "false") boolean done) {
        if (done) {
            events.markDone(id, task, user);
        } else {
            events.markUndone(id, task, user);
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/stakeholders")
    String addStakeholder(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "organisationName", required = false) @Nullable String organisationName,
            @RequestParam(name = "name", required = false) @Nullable String name,
            @RequestParam(name = "role", required = false) @Nullable String role,
            @RequestParam(name = "contact", required = false) @Nullable String contact,
            @RequestParam(name = "responsibility", required = false) @Nullable String responsibility,
            Model model,
            HttpServletResponse response) {
        try {
            stakeholders.add(
                    id,
                    new StakeholderDraft(
                            partnerNames.approved("organisationName", organisationName),
                            name,
                            StakeholderRoles.parse(role),
                            contact,
                            responsibility),
                    user);
            return "redirect:/events/" + id + "#stakeholders";
        } catch (InvalidMajorEvent e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return eventPage(user, id, e.problems(), model);
        }
    }

    @PostMapping("/events/{id}/stakeholders/{stakeholder}/remove")
    String removeStakeholder(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID stakeholder) {
        stakeholders.remove(id, stakeholder, user);
        return "redirect:/events/" + id + "#stakeholders";
    }

    private String formPage(BulwarkUser user, EventForm form, List<InvalidMajorEvent.Problem> problems, Model model) {
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators plan major events");
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "incidents/event-form";
    }

    private String eventPage(BulwarkUser user, UUID id, List<InvalidMajorEvent.Problem> problems, Model model) {
        MajorEvent event = events.get(id, user);
        Map<UUID, String> names = new HashMap<>();
        for (Site site : sites.findAllById(event.venues())) {
            names.put(site.id(), site.details().name());
        }
        model.addAttribute("event", event);
        model.addAttribute("phaseKey", event.phase().messageKey());
        model.addAttribute("startsAt", SHOWN.format(event.startsAt()));
        model.addAttribute("endsAt", SHOWN.format(event.endsAt()));
        model.addAttribute(
                "venues",
                event.venues().stream()
                        // a site removed from the registry since stays listed by its identifier
                        .map(v -> new VenueRow(v, names.getOrDefault(v, v.toString())))
                        .toList());
        model.addAttribute(
                "phases",
                Arrays.stream(MajorEventPhase.values())
                        .map(p -> new PhaseRow(
                                p.name(),
                                p.messageKey(),
                                p == event.phase(),
                                event.tasksOf(p).stream()
                                        .map(t -> new TaskRow(
                                                t.id(),
                                                t.title(),
                                                t.owner(),
                                                t.isDone(),
                                                t.doneAt() == null ? null : SHOWN.format(t.doneAt()),
                                                t.doneBy()))
                                        .toList()))
                        .toList());
        model.addAttribute(
                "history",
                event.history().stream()
                        .map(c -> new HistoryRow(
                                SHOWN.format(c.at()),
                                c.from() == null ? null : c.from().messageKey(),
                                c.to().messageKey(),
                                c.by()))
                        .toList());
        MajorEventPhase next = event.phase().next();
        model.addAttribute("nextPhase", next == null ? null : next.name());
        model.addAttribute("nextPhaseKey", next == null ? null : next.messageKey());
        model.addAttribute("canChange", user.role() == Role.COORDINATOR);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "stakeholders",
                stakeholders.list(id, user).stream()
                        .map(s -> new StakeholderRow(
                                s.id(),
                                s.name(),
                                s.isPartner(),
                                s.role().messageKey(),
                                s.contact(),
                                s.responsibility()))
                        .toList());
        model.addAttribute("stakeholderRoles", StakeholderRole.values());
        model.addAttribute("partnerNames", user.role() == Role.COORDINATOR ? partnerNames.suggestions() : List.of());
        boolean readsRegister = accreditations.mayRead(id, user);
        model.addAttribute("readsRegister", readsRegister);
        model.addAttribute("register", readsRegister ? accreditations.register(id, null, null, user) : null);
        model.addAttribute("statuses", ScreeningStatus.values());
        model.addAttribute(
                "incidents",
                incidents.linkedTo(id, user).stream()
                        .map(i -> new IncidentRow(
                                i.id(),
                                i.place(),
                                SHOWN.format(i.occurredAt()),
                                i.status().messageKey()))
                        .toList());
        return "incidents/event";
    }
}
