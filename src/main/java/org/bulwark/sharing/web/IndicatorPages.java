package org.bulwark.sharing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Tlp;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sharing.IndicatorNotFound;
import org.bulwark.sharing.IndicatorPart;
import org.bulwark.sharing.InvalidIndicator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The indicator catalogue: every network member reads the entries the access policy lets them read, grouped by part
 * and category; coordinators add and change entries.
 */
@Controller
@RequestMapping("/indicators")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST', 'ADVISOR', 'OPERATOR')")
class IndicatorPages {

    private final IndicatorCatalogue catalogue;
    private final Readers readers;
    private final AccessPolicy policy;
    private final PartnerDirectory directory;
    private final IndicatorAudienceLabels labels;

    // the partner registry works out the readers; looked up when a page is first asked for, not at start-up
    IndicatorPages(
            IndicatorCatalogue catalogue,
            Readers readers,
            AccessPolicy policy,
            PartnerDirectory directory,
            IndicatorAudienceLabels labels) {
        this.catalogue = catalogue;
        this.readers = readers;
        this.policy = policy;
        this.directory = directory;
        this.labels = labels;
    }

    /** A category and the sector-specific indicators shown under it. */
    record CategoryView(Indicator category, List<Indicator> sectorIndicators) {}

    record PartView(IndicatorPart part, List<CategoryView> categories) {}

    @GetMapping
    String catalogue(
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            @AuthenticationPrincipal BulwarkUser user,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Reader reader = reader(user);
        boolean editor = policy.mayEditIndicatorCatalogue(reader);
        String sectorCode = blankToNull(sector);
        String text = q == null ? "" : q.strip();
        List<Indicator> entries = catalogue.readableBy(reader, sectorCode, editor && inactive);
        Set<String> found = text.isEmpty()
                ? null
                : catalogue.search(reader, text).stream().map(Indicator::code).collect(Collectors.toSet());
        List<PartView> parts = group(entries, found);
        model.addAttribute("parts", parts);
        model.addAttribute(
                "shown",
                parts.stream()
                        .flatMap(p -> p.categories().stream())
                        .mapToInt(c -> 1 + c.sectorIndicators().size())
                        .sum());
        model.addAttribute("editor", editor);
        model.addAttribute("sector", sectorCode == null ? "" : sectorCode);
        model.addAttribute("q", text);
        model.addAttribute("inactive", editor && inactive);
        model.addAttribute("sectorNames", sectorNames(locale));
        model.addAttribute(
                "audienceLabels",
                labels.of(entries.stream().flatMap(i -> i.audience().stream()).toList(), locale));
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && restore == null) {
            return "indicators/catalogue :: results";
        }
        model.addAttribute("sectors", directory.sectors());
        return "indicators/catalogue";
    }

    /** The parts with their categories in catalogue order; when searching, only what matches and what holds it. */
    private static List<PartView> group(List<Indicator> entries, @Nullable Set<String> found) {
        Map<String, CategoryView> categories = new LinkedHashMap<>();
        for (Indicator entry : entries) {
            if (entry.isCategory()) {
                categories.put(entry.code(), new CategoryView(entry, new ArrayList<>()));
            } else if (categories.containsKey(entry.category()) && (found == null || found.contains(entry.code()))) {
                categories.get(entry.category()).sectorIndicators().add(entry);
            }
        }
        List<PartView> parts = new ArrayList<>();
        for (IndicatorPart part : IndicatorPart.values()) {
            List<CategoryView> shown = categories.values().stream()
                    .filter(c -> c.category().part() == part)
                    .filter(c -> found == null
                            || found.contains(c.category().code())
                            || !c.sectorIndicators().isEmpty())
                    .toList();
            if (!shown.isEmpty()) {
                parts.add(new PartView(part, shown));
            }
        }
        return parts;
    }

    @GetMapping("/new")
    String newEntry(
            @RequestParam(defaultValue = IndicatorForm.CATEGORY) String kind,
            @RequestParam(required = false) @Nullable String category,
            @AuthenticationPrincipal BulwarkUser user,
            Model model,
            Locale locale) {
        Reader editor = editor(user);
        IndicatorForm form = new IndicatorForm();
        form.setKind(kind);
        form.setCategory(category);
        form.setTlp(Tlp.GREEN.name());
        return form(model, form, null, editor, locale);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            @AuthenticationPrincipal BulwarkUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Reader editor = editor(user);
        try {
            Indicator created = form.isSectorIndicator()
                    ? catalogue.createSectorIndicator(editor, form.draft(true))
                    : catalogue.createCategory(editor, form.draft(true));
            redirect.addFlashAttribute("notice", "indicators.notice.created");
            redirect.addFlashAttribute("noticeArgument", created.name(locale));
            return "redirect:/indicators#indicator-" + created.code();
        } catch (InvalidIndicator ex) {
            reject(binding, ex);
            return form(model, form, null, editor, locale);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, @AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        Reader editor = editor(user);
        Indicator indicator = require(editor, code);
        return form(model, IndicatorForm.of(indicator), indicator, editor, locale);
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            @AuthenticationPrincipal BulwarkUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Reader editor = editor(user);
        Indicator indicator = require(editor, code);
        form.setKind(indicator.isCategory() ? IndicatorForm.CATEGORY : IndicatorForm.SECTOR);
        form.setCode(indicator.code());
        try {
            Indicator updated = catalogue.update(editor, indicator.code(), form.draft(false));
            redirect.addFlashAttribute("notice", "indicators.notice.updated");
            redirect.addFlashAttribute("noticeArgument", updated.name(locale));
            return "redirect:/indicators#indicator-" + updated.code();
        } catch (InvalidIndicator ex) {
            reject(binding, ex);
            return form(model, form, indicator, editor, locale);
        }
    }

    @PostMapping("/{code}/activation")
    String activate(
            @PathVariable String code,
            @RequestParam boolean active,
            @AuthenticationPrincipal BulwarkUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Reader editor = editor(user);
        Indicator changed = active ? catalogue.reactivate(editor, code) : catalogue.deactivate(editor, code);
        redirect.addFlashAttribute(
                "notice", active ? "indicators.notice.reactivated" : "indicators.notice.deactivated");
        redirect.addFlashAttribute("noticeArgument", changed.name(locale));
        return "redirect:/indicators" + (active ? "" : "?inactive=true") + "#indicator-" + changed.code();
    }

    private String form(Model model, IndicatorForm form, @Nullable Indicator indicator, Reader editor, Locale locale) {
        List<Sector> sectors = directory.sectors();
        Set<String> audienceChoices = new LinkedHashSet<>(IndicatorAudienceLabels.choices(sectors));
        // keys set through the API, such as a sharing group, stay selectable so that saving the form keeps them
        audienceChoices.addAll(form.getAudience());
        model.addAttribute("form", form);
        model.addAttribute("indicator", indicator);
        model.addAttribute("parts", IndicatorPart.values());
        model.addAttribute(
                "categories",
                catalogue.readableBy(editor, null, true).stream()
                        .filter(Indicator::isCategory)
                        .toList());
        model.addAttribute("sectorNames", sectorNames(locale));
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("audienceLabels", labels.of(audienceChoices, locale));
        return "indicators/form";
    }

    private Map<String, String> sectorNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.sectors().forEach(s -> names.put(s.code(), s.name(locale)));
        return names;
    }

    private static void reject(BindingResult binding, InvalidIndicator ex) {
        for (InvalidIndicator.Violation violation : ex.violations()) {
            binding.rejectValue(violation.field(), violation.code(), violation.arguments(), violation.message());
        }
    }

    private Indicator require(Reader reader, String code) {
        return catalogue.find(reader, code).orElseThrow(() -> new IndicatorNotFound(code));
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }

    private Reader editor(BulwarkUser user) {
        Reader reader = reader(user);
        if (!policy.mayEditIndicatorCatalogue(reader)) {
            throw new AccessDeniedException("Only coordinators change the indicator catalogue.");
        }
        return reader;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
