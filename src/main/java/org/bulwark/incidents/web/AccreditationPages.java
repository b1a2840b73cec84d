package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.AccreditationDraft;
import org.bulwark.incidents.AccreditationRegister;
import org.bulwark.incidents.Accreditations;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEventChangeRefused;
import org.bulwark.incidents.ScreeningStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The accreditation register of a major event: a search with counts by status, the desk's CSV, and for coordinators
 * the form to add people and the decisions on their screening.
 */
@Controller
class AccreditationPages {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Accreditations accreditations;
    private final PartnerNames partnerNames;

    AccreditationPages(Accreditations accreditations, PartnerNames partnerNames) {
        this.accreditations = accreditations;
        this.partnerNames = partnerNames;
    }

    /** One person as the register page shows them. */
    record PersonRow(
            UUID id,
            String name,
            String employer,
            String role,
            String areas,
            String status,
            String statusKey,
            String decidedAt,
            String decidedBy,
            @Nullable String refusalReason) {}

    /** One count by status. */
    record CountRow(String status, String key, long count) {}

    @GetMapping("/events/{id}/accreditations")
    String register(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Model model,
            HttpServletResponse response) {
        try {
            return page(user, id, q, EventRegisterApi.statusFilter(status), List.of(), model);
        } catch (InvalidMajorEvent e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, id, q, null, e.problems(), model);
        }
    }

    @GetMapping(value = "/events/{id}/accreditations.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "status", required = false) @Nullable String status) {
        return EventRegisterApi.csvResponse(
                id, accreditations.register(id, q, EventRegisterApi.statusFilter(status), user));
    }

    @PostMapping("/events/{id}/accreditations")
    String add(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(name = "name", required = false) @Nullable String name,
            @RequestParam(name = "employer", required = false) @Nullable String employer,
            @RequestParam(name = "role", required = false) @Nullable String role,
            @RequestParam(name = "areas", required = false) @Nullable String areas,
            Model model,
            HttpServletResponse response) {
        try {
            // an employer named exactly as a partner organisation is that organisation, so its operators see them
            UUID organisation = partnerNames.find(employer);
            accreditations.add(
                    id,
                    new AccreditationDraft(
                            name,
                            organisation,
                            organisation == null ? employer : null,
                            role,
                            areas == null ? List.of() : Arrays.asList(areas.split("[,;\\n]"))),
                    user);
            return "redirect:/events/" + id + "/accreditations";
        } catch (InvalidMajorEvent e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, id, null, null, e.problems(), model);
        } catch (MajorEventChangeRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, id, null, null, List.of(new InvalidMajorEvent.Problem("event", e.getMessage())), model);
        }
    }

    @PostMapping("/events/{id}/accreditations/{accreditation}/status")
    String decide(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID accreditation,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            Model model,
            HttpServletResponse response) {
        try {
            accreditations.decide(id, accreditation, ScreeningStatus.parse("status", status), reason, user);
            return "redirect:/events/" + id + "/accreditations";
        } catch (InvalidMajorEvent e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, id, null, null, e.problems(), model);
        } catch (MajorEventChangeRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, id, null, null, List.of(new InvalidMajorEvent.Problem("event", e.getMessage())), model);
        }
    }

    private String page(
            BulwarkUser user,
            UUID id,
            @Nullable String q,
            @Nullable ScreeningStatus status,
            List<InvalidMajorEvent.Problem> problems,
            Model model) {
        AccreditationRegister register = accreditations.register(id, q, status, user);
        model.addAttribute("eventId", id);
        model.addAttribute("eventName", register.eventName());
        model.addAttribute("register", register);
        model.addAttribute(
                "counts",
                Arrays.stream(ScreeningStatus.values())
                        .map(s -> new CountRow(
                                s.name(), s.messageKey(), register.counts().get(s)))
                        .toList());
        model.addAttribute(
                "people",
                register.people().stream()
                        .map(a -> new PersonRow(
                                a.id(),
                                a.name(),
                                a.employer(),
                                a.role(),
                                String.join(", ", a.areas()),
                                a.status().name(),
                                a.status().messageKey(),
                                SHOWN.format(a.decidedAt()),
                                a.decidedBy(),
                                a.refusalReason()))
                        .toList());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", ScreeningStatus.values());
        model.addAttribute("deletionDue", SHOWN.format(register.deletionDue()));
        model.addAttribute("purgedAt", register.purgedAt() == null ? null : SHOWN.format(register.purgedAt()));
        model.addAttribute("canChange", user.role() == Role.COORDINATOR && register.purgedAt() == null);
        model.addAttribute("isCoordinator", user.role() == Role.COORDINATOR);
        model.addAttribute("partnerNames", user.role() == Role.COORDINATOR ? partnerNames.suggestions() : List.of());
        model.addAttribute("problems", problems);
        return "incidents/accreditations";
    }
}
