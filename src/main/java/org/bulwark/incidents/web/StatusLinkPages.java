package org.bulwark.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.StatusLinkRefused;
import org.bulwark.incidents.StatusLinkView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a status link opens, without signing in and without JavaScript: the incident, the site, and one button per
 * answer. A link answers once; a used, expired or altered link gets a page that says so and changes nothing.
 */
@Controller
class StatusLinkPages {

    private final RollCall rollCall;
    private final IncidentNames names;

    StatusLinkPages(RollCall rollCall, IncidentNames names) {
        this.rollCall = rollCall;
        this.names = names;
    }

    @GetMapping("/status/{token}")
    String open(@PathVariable String token, Locale locale, Model model) {
        return page(token, rollCall.openLink(token), locale, model);
    }

    @PostMapping("/status/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "note", required = false) @Nullable String note,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        SiteStatus chosen = SiteStatus.parse(status).orElse(null);
        if (chosen == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("choose", true);
            return page(token, rollCall.openLink(token), locale, model);
        }
        if (note != null && note.strip().length() > 500) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("noteTooLong", true);
            model.addAttribute("note", note);
            return page(token, rollCall.openLink(token), locale, model);
        }
        return page(token, rollCall.answerLink(token, chosen, note), locale, model);
    }

    private String page(String token, StatusLinkView view, Locale locale, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("view", view);
        model.addAttribute("type", names.type(view.incidentType(), locale));
        model.addAttribute("expiresAt", IncidentNames.SHOWN.format(view.expiresAt()));
        model.addAttribute("statuses", SiteStatus.values());
        return "incidents/status-link";
    }

    @ExceptionHandler(StatusLinkRefused.class)
    ModelAndView refused(StatusLinkRefused e) {
        HttpStatus status = switch (e.reason()) {
            case TAMPERED -> HttpStatus.BAD_REQUEST;
            case USED -> HttpStatus.CONFLICT;
            case EXPIRED, NO_LONGER_OPEN -> HttpStatus.GONE;
        };
        ModelAndView view = new ModelAndView("incidents/status-link-refused", status);
        view.addObject("reason", e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        view.addObject("previous", e.previous());
        if (e.previous() != null) {
            view.addObject("previousAt", IncidentNames.SHOWN.format(e.previous().at()));
        }
        return view;
    }
}
