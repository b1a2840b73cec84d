package org.bulwark.sites.web;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.Site;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.sites.internal.FieldProblem;
import org.bulwark.sites.internal.JdbcSites;
import org.bulwark.sites.internal.SiteAccess;
import org.bulwark.sites.internal.SiteFilter;
import org.bulwark.sites.internal.SiteInputs;
import org.bulwark.sites.internal.SitePage;
import org.bulwark.sites.internal.SiteRegistry;
import org.bulwark.sites.internal.SitesSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site list, a site's page, and the create and edit forms. */
@Controller
@RequestMapping("/sites")
class SitePagesController {

    static final int PAGE_SIZE = 25;

    private final SiteRegistry registry;
    private final SiteLabels labels;
    private final SitesSettings settings;

    SitePagesController(SiteRegistry registry, SiteLabels labels, SitesSettings settings) {
        this.registry = registry;
        this.labels = labels;
        this.settings = settings;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(name = "use", required = false) @Nullable String use,
            @RequestParam(required = false) @Nullable UUID organisation,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        SiteAccess access = registry.access(user);
        SiteFilter filter = new SiteFilter(text, sector, Tier.parse(tier), UseType.parse(use), organisation, null);
        SitePage result = registry.search(filter, access, page, PAGE_SIZE, JdbcSites.SiteOrder.parse(sort));
        model.addAttribute("result", result);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("tier", tier == null ? "" : tier);
        model.addAttribute("use", use == null ? "" : use);
        model.addAttribute("organisation", organisation == null ? "" : organisation.toString());
        model.addAttribute("sort", JdbcSites.SiteOrder.parse(sort).name().toLowerCase(Locale.ROOT));
        model.addAttribute("canCreate", access.canCreate());
        model.addAttribute("limitedToOwnOrganisation", access.limitedToOwnOrganisation());
        addCatalogues(model, locale);
        return htmx != null ? "sites/list :: results" : "sites/list";
    }

    @GetMapping("/new")
    String newSite(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        SiteAccess access = registry.access(user);
        access.requireCreate();
        SiteForm form = new SiteForm();
        if (!access.canAssignAnyOrganisation() && access.ownOrganisation() != null) {
            form.setOrganisation(access.ownOrganisation().toString());
        }
        return form(model, form, null, access, locale);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") SiteForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        SiteAccess access = registry.access(user);
        access.requireCreate();
        SiteInputs.Result checked = check(form, access, binding);
        if (!checked.ok()) {
            return form(model, form, null, access, locale);
        }
        Site site = registry.create(checked.details(), access);
        redirect.addFlashAttribute("saved", "sites.flash.created");
        return "redirect:/sites/" + site.id();
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        SiteAccess access = registry.access(user);
        Site site = registry.get(id, access);
        model.addAttribute("site", site);
        model.addAttribute("sectorName", labels.sector(site.details().sectorCode(), locale));
        model.addAttribute(
                "organisationName",
                site.details().organisationId() == null
                        ? null
                        : labels.organisations().stream()
                                .filter(o -> o.id().equals(site.details().organisationId()))
                                .map(o -> o.name())
                                .findFirst()
                                .orElse(null));
        model.addAttribute("tierExplanation", labels.tierExplanation(site, locale));
        model.addAttribute("canEdit", access.canEdit(site));
        model.addAttribute("canDelete", access.canDelete(site));
        model.addAttribute("createdAt", site.createdAt().atZone(ZoneOffset.UTC));
        model.addAttribute("updatedAt", site.updatedAt().atZone(ZoneOffset.UTC));
        model.addAttribute("map", settings.map());
        return "sites/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        SiteAccess access = registry.access(user);
        Site site = registry.editable(id, access);
        return form(model, SiteForm.of(site), site, access, locale);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") SiteForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        SiteAccess access = registry.access(user);
        Site site = registry.editable(id, access);
        SiteInputs.Result checked = check(form, access, binding);
        if (!checked.ok()) {
            return form(model, form, site, access, locale);
        }
        try {
            registry.update(id, checked.details(), form.getVersion(), access);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("sites.error.conflict");
            return form(model, form, site, access, locale);
        }
        redirect.addFlashAttribute("saved", "sites.flash.updated");
        return "redirect:/sites/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        registry.delete(id, registry.access(user));
        redirect.addFlashAttribute("saved", "sites.flash.deleted");
        return "redirect:/sites";
    }

    private SiteInputs.Result check(SiteForm form, SiteAccess access, BindingResult binding) {
        SiteInputs.Result checked = registry.inputs(access).check(form.input());
        for (FieldProblem problem : checked.problems()) {
            binding.rejectValue(problem.field(), problem.code(), problem.getArguments(), problem.getDefaultMessage());
        }
        return checked;
    }

    private String form(Model model, SiteForm form, @Nullable Site site, SiteAccess access, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("site", site);
        model.addAttribute("canAssignAnyOrganisation", access.canAssignAnyOrganisation());
        model.addAttribute("map", settings.map());
        addCatalogues(model, locale);
        if (!access.canAssignAnyOrganisation()) {
            model.addAttribute(
                    "organisations",
                    labels.organisations().stream()
                            .filter(o -> o.id().equals(access.ownOrganisation()))
                            .toList());
        }
        return "sites/form";
    }

    private void addCatalogues(Model model, Locale locale) {
        model.addAttribute("sectors", labels.sectors(locale));
        model.addAttribute("useTypes", UseType.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("organisations", labels.organisations());
    }
}
