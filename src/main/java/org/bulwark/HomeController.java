package org.bulwark;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.Sites;
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

    HomeController(ObjectProvider<Sites> sites, ObjectProvider<PartnerDirectory> directory) {
        this.sites = sites;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable BulwarkUser user, Model model) {
        model.addAttribute("cards", user == null ? List.of() : cardsFor(user));
        return "home";
    }

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
