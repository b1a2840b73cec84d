package org.bulwark.identity.internal;

import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final IdentitySettings settings;

    LoginController(IdentitySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout,
            @Nullable Authentication authentication,
            Model model) {
        if (BulwarkUser.from(authentication) != null && error == null) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", errorKey(error));
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("maxFailedLogins", settings.maxFailedLogins());
        model.addAttribute("lockMinutes", settings.lockMinutes());
        return "identity/login";
    }

    private static String errorKey(String error) {
        switch (error) {
            case "disabled":
                return "login.error.disabled";
            case "unavailable":
                return "login.error.unavailable";
            case "expired":
                return "login.error.expired";
            default:
                return "login.error.credentials";
        }
    }
}
