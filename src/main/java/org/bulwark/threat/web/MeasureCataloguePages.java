package org.bulwark.threat.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.threat.ActionDomain;
import org.bulwark.threat.InvalidMeasure;
import org.bulwark.threat.MeasureCatalogue;
import org.bulwark.threat.ProtectiveMeasure;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.internal.MeasureNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The measure catalogue: everyone on the police side reads it, coordinators edit it. */
@Controller
@RequestMapping("/measures/catalogue")
@PreAuthorize("hasRole('COORDINATOR')")
class MeasureCataloguePages {

    private final MeasureCatalogue catalogue;
    private final ThreatLevels levels;
    private final PartnerDirectory directory;
    private final MessageSource messages;

    MeasureCataloguePages(
            MeasureCatalogue catalogue, ThreatLevels levels, PartnerDirectory directory, MessageSource messages) {
        this.catalogue = catalogue;
        this.levels = levels;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADVISOR', 'ANALYST')")
    String list(
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false, defaultValue = "false") boolean retired,
            Model model,
            Locale locale) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var measures = catalogue.measures().stream()
                .filter(m -> retired || !m.retired())
                .filter(m ->
                        domain == null || domain.isBlank() || m.domainCode().equals(domain))
                .filter(m -> sector == null
                        || sector.isBlank()
                        || m.sectors().isEmpty()
                        || m.sectors().contains(sector))
                .filter(m -> matchesLevel(m, level))
                .filter(m -> query.isEmpty()
                        || m.code().toLowerCase(Locale.ROOT).contains(query)
                        || m.text(locale).toLowerCase(Locale.ROOT).contains(query))
                .toList();
        model.addAttribute("measures", measures);
        model.addAttribute("domain", domain == null ? "" : domain);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("level", level == null ? "" : level);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("retired", retired);
        catalogues(model, locale);
        return "measures/catalogue";
    }

    private static boolean matchesLevel(ProtectiveMeasure measure, @Nullable String level) {
        if (level == null || level.isBlank()) {
            return true;
        }
        if (level.equals("permanent")) {
            return measure.permanent();
        }
        try {
            return measure.fromRank() != null && measure.fromRank() == Integer.parseInt(level);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    @GetMapping("/new")
    String newMeasure(Model model, Locale locale) {
        return form(model, new MeasureForm(), null, locale);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") MeasureForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            ProtectiveMeasure measure = catalogue.add(form.draft());
            redirect.addFlashAttribute("notice", "measures.notice.added");
            redirect.addFlashAttribute("noticeArgument", measure.code());
            return "redirect:/measures/catalogue";
        } catch (InvalidMeasure ex) {
            MeasureFormErrors.reject(binding, ex);
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model, Locale locale) {
        ProtectiveMeasure measure = require(code);
        return form(model, MeasureForm.of(measure), measure, locale);
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") MeasureForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ProtectiveMeasure measure = require(code);
        try {
            catalogue.update(code, form.draft());
            redirect.addFlashAttribute("notice", "measures.notice.updated");
            redirect.addFlashAttribute("noticeArgument", measure.code());
            return "redirect:/measures/catalogue";
        } catch (InvalidMeasure ex) {
            form.setCode(measure.code());
            MeasureFormErrors.reject(binding, ex);
            return form(model, form, measure, locale);
        }
    }

    @PostMapping("/{code}/removal")
    String delete(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        ProtectiveMeasure measure = require(code);
        try {
            catalogue.delete(code);
            redirect.addFlashAttribute("notice", "measures.notice.deleted");
            redirect.addFlashAttribute("noticeArgument", measure.code());
        } catch (InvalidMeasure ex) {
            redirect.addFlashAttribute(
                    "problem",
                    ex.violations().stream()
                            .map(v -> messages.getMessage(v.code(), v.arguments(), v.message(), locale))
                            .collect(Collectors.joining(" ")));
        }
        return "redirect:/measures/catalogue";
    }

    @PostMapping("/{code}/retirement")
    String retire(@PathVariable String code, @RequestParam boolean retired, RedirectAttributes redirect) {
        ProtectiveMeasure measure = require(code);
        catalogue.retire(code, retired);
        redirect.addFlashAttribute("notice", retired ? "measures.notice.retired" : "measures.notice.reinstated");
        redirect.addFlashAttribute("noticeArgument", measure.code());
        return "redirect:/measures/catalogue" + (retired ? "?retired=true" : "");
    }

    @GetMapping("/domains/{code}/edit")
    String editDomain(@PathVariable String code, Model model) {
        ActionDomain domain = requireDomain(code);
        DomainForm form = new DomainForm();
        form.setNameEn(domain.nameEn());
        form.setNameFr(domain.nameFr());
        model.addAttribute("domain", domain);
        model.addAttribute("form", form);
        return "measures/domain-form";
    }

    @PostMapping("/domains/{code}")
    String renameDomain(
            @PathVariable String code,
            @ModelAttribute("form") DomainForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ActionDomain domain = requireDomain(code);
        try {
            catalogue.renameDomain(code, form.getNameEn(), form.getNameFr());
            redirect.addFlashAttribute("notice", "measures.notice.domainRenamed");
            redirect.addFlashAttribute("noticeArgument", domain.code());
            return "redirect:/measures/catalogue";
        } catch (InvalidMeasure ex) {
            MeasureFormErrors.reject(binding, ex);
            model.addAttribute("domain", domain);
            return "measures/domain-form";
        }
    }

    private String form(Model model, MeasureForm form, @Nullable ProtectiveMeasure measure, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("measure", measure);
        catalogues(model, locale);
        return "measures/form";
    }

    private void catalogues(Model model, Locale locale) {
        model.addAttribute("domains", catalogue.domains());
        model.addAttribute(
                "domainNames",
                catalogue.domains().stream().collect(Collectors.toMap(ActionDomain::code, d -> d.name(locale))));
        model.addAttribute(
                "sectorNames",
                directory.sectors().stream()
                        .collect(Collectors.toMap(
                                Sector::code, s -> s.name(locale), (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("scheme", levels.activeScheme());
        model.addAttribute(
                "levelNames",
                levels.activeScheme().levels().stream()
                        .collect(Collectors.toMap(ThreatLevel::rank, ThreatLevel::name)));
        model.addAttribute("useTypes", UseType.values());
        model.addAttribute("tiers", Tier.values());
    }

    private ProtectiveMeasure require(String code) {
        return catalogue.measure(code).orElseThrow(() -> new MeasureNotFound("No measure has the code " + code));
    }

    private ActionDomain requireDomain(String code) {
        return catalogue.domain(code).orElseThrow(() -> new MeasureNotFound("No action domain has the code " + code));
    }
}
