package org.bulwark.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.MailPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/mail-preference")
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
@Tag(name = "Notifications", description = "How and when people of the network are told")
class MailPreferenceApiController {

    private final MailPreferences preferences;

    MailPreferenceApiController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    /** A mail preference as the API reads and writes it; a text, so that an unknown value can be explained. */
    record Preference(
            @Schema(
                    allowableValues = {"IMMEDIATELY", "DAILY_DIGEST", "OFF"},
                    example = "DAILY_DIGEST",
                    description = "IMMEDIATELY: one e-mail per item as soon as it is out; DAILY_DIGEST: one"
                            + " e-mail a day listing the items; OFF: no e-mail, the in-app inbox only")
            @Nullable
            String preference) {}

    @GetMapping
    @Operation(
            summary = "My mail preference",
            description = "How the signed-in person gets e-mails about shared items. Alerts and threat-level changes"
                    + " are e-mailed whatever it is.")
    Preference get(@AuthenticationPrincipal BulwarkUser user) {
        return new Preference(preferences.of(user.accountId()).name());
    }

    @PutMapping
    @Operation(
            summary = "Change my mail preference",
            description = "Sets how the signed-in person gets e-mails about shared items from now on; an unknown"
                    + " value is refused with 400 and changes nothing.")
    Preference put(@AuthenticationPrincipal BulwarkUser user, @RequestBody Preference body) {
        MailPreference chosen = MailSettingsController.parse(body.preference())
                .orElseThrow(() -> new UnknownMailPreference(body.preference()));
        preferences.set(user.accountId(), chosen);
        return new Preference(chosen.name());
    }
}
