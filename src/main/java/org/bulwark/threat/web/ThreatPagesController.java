package org.bulwark.threat.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.partners.Sector;
import org.bulwark.threat.InvalidThreatLevelChange;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.LevelHistory;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The levels in force, the form coordinators set them with, and the history of changes. */
@Controller
@RequestMapping("/threat")
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
class ThreatPagesController {

    static final int PAGE_SIZE = 25;

    private final ThreatLevels levels;
    private final ThreatLabels labels;
    private final Partners partners;
    private final PartnerDirectory directory;
    private final ThreatSettings settings;

    ThreatPagesController(
            ThreatLevels levels,
            ThreatLabels labels,
            Partners partners,
            PartnerDirectory directory,
            ThreatSettings settings) {
        this.levels = levels;
        this.labels = labels;
        this.partners = partners;
        this.directory = directory;
        this.settings = settings;
    }

    @GetMapping
    String levels(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        return page(user, new LevelForm(), model, locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String change(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") LevelForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        LevelChange change = form.check(
                levels.activeScheme(),
                partners.regions(),
                directory.sectors().stream().map(Sector::code).toList(),
                settings.timeZone(),
                Instant.now(),
                binding);
        if (change == null) {
            return page(user, form, model, locale);
        }
        try {
            levels.change(change, user);
        } catch (InvalidThreatLevelChange e) {
            binding.reject("threat.error.change", new Object[] {e.getMessage()}, e.getMessage());
            return page(user, form, model, locale);
        }
        redirect.addFlashAttribute("saved", "threat.flash.changed");
        return "redirect:/threat";
    }

    @GetMapping("/history")
    String history(
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        Scope filter = parseScope(scope);
        LevelHistory history = levels.history(filter, page, PAGE_SIZE);
        model.addAttribute("history", history);
        model.addAttribute("changes", labels.views(history.changes(), locale));
        model.addAttribute("scope", filter == null ? "" : scope);
        model.addAttribute("scopes", scopeOptions(locale));
        return htmx != null ? "threat/history :: results" : "threat/history";
    }

    private String page(BulwarkUser user, LevelForm form, Model model, Locale locale) {
        ThreatScheme scheme = levels.activeScheme();
        List<ScopeLevel> all = levels.allCurrent();
        model.addAttribute("scheme", scheme);
        model.addAttribute("schemeLevels", labels.explained(scheme));
        model.addAttribute(
                "national",
                all.stream()
                        .filter(l -> l.scope().kind() == ScopeKind.NATIONAL)
                        .findFirst()
                        .map(l -> labels.view(l, locale))
                        .orElse(null));
        model.addAttribute("regionLevels", labels.ofKind(all, ScopeKind.REGION, locale));
        model.addAttribute("sectorLevels", labels.ofKind(all, ScopeKind.SECTOR, locale));
        model.addAttribute("lowestBadge", labels.badge(scheme.lowest()));
        boolean canChange = user.hasRole(Role.COORDINATOR);
        model.addAttribute("canChange", canChange);
        if (canChange) {
            model.addAttribute("form", form);
            model.addAttribute("regions", partners.regions());
            model.addAttribute("sectors", sectorOptions(locale));
            model.addAttribute("timeZone", settings.timeZone().getId());
        }
        return "threat/levels";
    }

    private List<Option> sectorOptions(Locale locale) {
        return directory.sectors().stream()
                .map(s -> new Option(s.code(), s.name(locale)))
                .toList();
    }

    private List<Option> scopeOptions(Locale locale) {
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option("NATIONAL", labels.scopeName(Scope.NATIONAL, locale)));
        partners.regions().forEach(r -> options.add(new Option("REGION:" + r, r)));
        directory.sectors().forEach(s -> options.add(new Option("SECTOR:" + s.code(), s.name(locale))));
        return options;
    }

    static @Nullable Scope parseScope(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("NATIONAL")) {
            return Scope.NATIONAL;
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            try {
                return new Scope(ScopeKind.valueOf(value.substring(0, colon)), value.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** A choice of a select. */
    record Option(String value, String label) {}
}
