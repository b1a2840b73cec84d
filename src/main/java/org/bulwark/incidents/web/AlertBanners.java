package org.bulwark.incidents.web;

import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.ActiveAlert;
import org.bulwark.incidents.IncidentAlerts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alerts of the last day about the signed-in person's sites, which every page shows as a banner when it opens;
 * alerts sent while the page is open arrive over its live updates instead.
 */
@RestController
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
class AlertBanners {

    private final IncidentAlerts alerts;

    AlertBanners(IncidentAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts/active")
    List<ActiveAlert> active(@AuthenticationPrincipal BulwarkUser user) {
        return alerts.activeFor(user);
    }
}
