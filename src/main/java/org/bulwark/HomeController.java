package org.bulwark;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.sites.Sites;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: for a signed-in person, the parts of the network their role opens, with their size. */
@Controller
class HomeController {

    // providers, because a module test starts only some modules and the start page draws on several
    private final ObjectProvider<Sites> sites;
    private final ObjectProvider<PartnerDirectory> directory;
    private final ObjectProvider<Partners> partners;
    private final ObjectProvider<ThreatLevels> threatLevels;

    HomeController(
            ObjectProvider<Sites> sites,
            ObjectProvider<PartnerDirectory> directory,
            ObjectProvider<Partners> partners,
            ObjectProvider<ThreatLevels> threatLevels) {
        this.sites = sites;
        this.directory = directory;
        this.partners = partners;
        this.threatLevels = threatLevels;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable BulwarkUser user, Model model) {
        model.addAttribute("cards", user == null ? List.of() : cardsFor(user));
        ThreatLevels levels = threatLevels.getIfAvailable();
        if (user != null && levels != null && !user.hasRole(Role.INTEGRATION)) {
            ThreatScheme scheme = levels.activeScheme();
            ThreatLevel national =
                    levels.current(Scope.NATIONAL).map(ScopeLevel::level).orElse(scheme.lowest());
            model.addAttribute("nationalThreat", new ThreatBadge(national, scheme.severityOf(national)));
            ThreatLevel own = ownLevel(user, levels);
            if (own != null && own.rank() > national.rank()) {
                model.addAttribute("ownThreat", new ThreatBadge(own, scheme.severityOf(own)));
            }
        }
        return "home";
    }

    /** The highest level that applies to the sectors and region of an operator's organisation. */
    private @Nullable ThreatLevel ownLevel(BulwarkUser user, ThreatLevels levels) {
        PartnerDirectory partnerDirectory = directory.getIfAvailable();
        Partners registry = partners.getIfAvailable();
        if (!user.hasRole(Role.OPERATOR) || partnerDirectory == null || registry == null) {
            return null;
        }
        Organisation organisation = partnerDirectory
                .organisationOfAccount(user.accountId())
                .flatMap(registry::find)
                .orElse(null);
        if (organisation == null) {
            return null;
        }
        ThreatLevel highest = null;
        for (String sector : organisation.sectors()) {
            ThreatLevel level = levels.effectiveFor(sector, organisation.region());
            if (highest == null || level.rank() > highest.rank()) {
                highest = level;
            }
        }
        return highest;
    }

    record ThreatBadge(ThreatLevel level, int severity) {}

    private List<HomeCard> cardsFor(BulwarkUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.INTEGRATION)) {
            cards.add(new HomeCard(
                    "/sites", "nav.sites", "home.sites.count", sites.getObject().count()));
            cards.add(new HomeCard("/map", "nav.map", "home.map.text", null));
        }
        if (user.hasRole(Role.OPERATOR)) {
            cards.add(new HomeCard("/sites", "nav.sites", "home.sites.own", null));
            cards.add(new HomeCard("/sites/import", "nav.import", "home.import.text", null));
        }
        if (!user.hasRole(Role.INTEGRATION)) {
            cards.add(new HomeCard(
                    "/partners",
                    "nav.partners",
                    "home.partners.count",
                    directory.getObject().organisationCount()));
        }
        if (user.hasRole(Role.COORDINATOR)) {
            cards.add(new HomeCard("/sectors", "nav.sectors", "home.sectors.text", null));
        }
        if (user.hasRole(Role.ADMIN)) {
            cards.add(new HomeCard("/admin/accounts", "nav.accounts", "home.accounts.text", null));
        }
        if (user.hasRole(Role.INTEGRATION, Role.COORDINATOR, Role.ADMIN)) {
            cards.add(new HomeCard("/swagger-ui.html", "nav.api", "home.api.text", null));
        }
        return cards;
    }

    record HomeCard(
            String href,
            String titleKey,
            String textKey,
            @Nullable Object figure) {}
}
