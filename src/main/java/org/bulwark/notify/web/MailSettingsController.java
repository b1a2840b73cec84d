package org.bulwark.notify.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.MailPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a person chooses how they get e-mails about shared items. */
@Controller
@RequestMapping("/settings/mail")
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
class MailSettingsController {

    static final String PAGE = "notify/mail-settings";
    static final String FRAGMENT = PAGE + " :: settings";

    private final MailPreferences preferences;

    MailSettingsController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String page(@AuthenticationPrincipal BulwarkUser user, Model model) {
        model.addAttribute("preference", preferences.of(user.accountId()));
        model.addAttribute("choices", MailPreference.values());
        return PAGE;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String preference,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<MailPreference> chosen = parse(preference);
        model.addAttribute("choices", MailPreference.values());
        if (chosen.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("preference", preferences.of(user.accountId()));
            model.addAttribute("flashErrorKey", "notify.settings.invalid");
            return htmx != null ? FRAGMENT : PAGE;
        }
        preferences.set(user.accountId(), chosen.get());
        if (htmx != null) {
            model.addAttribute("preference", chosen.get());
            model.addAttribute("flashKey", "notify.settings.saved");
            return FRAGMENT;
        }
        redirect.addFlashAttribute("flashKey", "notify.settings.saved");
        return "redirect:/settings/mail";
    }

    static Optional<MailPreference> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(MailPreference.values())
                .filter(candidate -> candidate.name().equals(value.strip()))
                .findFirst();
    }
}
