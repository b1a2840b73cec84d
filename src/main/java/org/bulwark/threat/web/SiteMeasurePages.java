package org.bulwark.threat.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sites.MapView;
import org.bulwark.threat.InvalidMeasure;
import org.bulwark.threat.MeasureStatus;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.internal.MeasureAccess;
import org.bulwark.threat.internal.MeasureChecklists;
import org.bulwark.threat.internal.MeasureChecklists.Compliance;
import org.bulwark.threat.internal.MeasureChecklists.SiteChecklist;
import org.bulwark.threat.internal.MeasureChecklists.SiteCompliance;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Site checklists, the operator's list of their sites, the coordinators' compliance dashboard and its map. Every
 * read goes through {@link MeasureChecklists}, which applies the access rule.
 */
@Controller
class SiteMeasurePages {

    private final MeasureChecklists checklists;
    private final PartnerDirectory directory;
    private final ThreatLevels levels;
    private final MessageSource messages;
    private final MapView mapView;

    SiteMeasurePages(
            MeasureChecklists checklists,
            PartnerDirectory directory,
            ThreatLevels levels,
            MessageSource messages,
            MapView mapView) {
        this.checklists = checklists;
        this.directory = directory;
        this.levels = levels;
        this.messages = messages;
        this.mapView = mapView;
    }

    @GetMapping("/sites/{id}/measures")
    String checklist(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        MeasureAccess access = checklists.access(user);
        return checklistPage(model, checklists.checklist(id, access), locale);
    }

    @PostMapping("/sites/{id}/measures/{code}")
    String confirm(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        MeasureAccess access = checklists.access(user);
        try {
            checklists.confirm(id, code, status, note, access);
        } catch (InvalidMeasure ex) {
            Map<String, String> errors = new HashMap<>();
            for (InvalidMeasure.Violation v : ex.violations()) {
                errors.merge(
                        v.field(),
                        messages.getMessage(v.code(), v.arguments(), v.message(), locale),
                        (a, b) -> a + " " + b);
            }
            model.addAttribute("failedCode", code.toUpperCase(Locale.ROOT));
            model.addAttribute("failedStatus", status == null ? "" : status);
            model.addAttribute("failedNote", note == null ? "" : note);
            model.addAttribute("errors", errors);
            return checklistPage(model, checklists.checklist(id, access), locale);
        }
        redirect.addFlashAttribute("notice", "measures.notice.confirmed");
        redirect.addFlashAttribute("noticeArgument", code.toUpperCase(Locale.ROOT));
        return "redirect:/sites/" + id + "/measures#measure-" + code.toUpperCase(Locale.ROOT);
    }

    private String checklistPage(Model model, SiteChecklist checklist, Locale locale) {
        model.addAttribute("checklist", checklist);
        model.addAttribute("sectorName", sectorName(checklist.site().sectorCode(), locale));
        model.addAttribute("statuses", MeasureStatus.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("failedCode", "");
        }
        return "measures/checklist";
    }

    @GetMapping("/measures")
    String measures(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        MeasureAccess access = checklists.access(user);
        access.requireSomeAccess();
        if (!access.seesAllSites()) {
            List<SiteCompliance> own = checklists.ownSites(access);
            model.addAttribute("sites", own);
            model.addAttribute("hasOrganisation", access.ownOrganisation() != null);
            model.addAttribute(
                    "toConfirm",
                    own.stream().mapToLong(s -> s.counts().toConfirm()).sum());
            return "measures/overview";
        }
        Compliance compliance = checklists.compliance(access);
        model.addAttribute("compliance", compliance);
        Map<String, String> sectorNames = sectorNames(locale);
        Map<String, MeasureChecklists.StatusCounts> bySector = new LinkedHashMap<>();
        compliance.bySector().forEach((code, counts) -> bySector.put(sectorNames.getOrDefault(code, code), counts));
        model.addAttribute("bySector", bySector);
        model.addAttribute("byRegion", compliance.byRegion());
        model.addAttribute(
                "awaiting",
                compliance.sites().stream()
                        .filter(s -> s.counts().toConfirm() > 0)
                        .sorted((a, b) ->
                                Long.compare(b.counts().toConfirm(), a.counts().toConfirm()))
                        .limit(20)
                        .toList());
        model.addAttribute("scheme", levels.activeScheme());
        return "measures/compliance";
    }

    @GetMapping("/measures/map")
    String map(@AuthenticationPrincipal BulwarkUser user, Model model) {
        checklists.access(user).requireAllSites();
        model.addAttribute("map", mapView);
        return "measures/map";
    }

    @GetMapping(value = "/measures/map.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> geoJson(@AuthenticationPrincipal BulwarkUser user, Locale locale) {
        Compliance compliance = checklists.compliance(checklists.access(user));
        List<Map<String, Object>> features = new ArrayList<>();
        for (SiteCompliance site : compliance.sites()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", site.site().id().toString());
            properties.put("name", site.site().name());
            properties.put("level", site.level().name());
            properties.put("active", site.counts().total());
            properties.put("inPlace", site.counts().inPlace());
            properties.put("partly", site.counts().partly());
            properties.put("notPossible", site.counts().notPossible());
            properties.put("toConfirm", site.counts().toConfirm());
            properties.put("percentInPlace", site.counts().percentInPlace());
            features.add(Map.of(
                    "type",
                    "Feature",
                    "id",
                    site.site().id().toString(),
                    "geometry",
                    Map.of(
                            "type",
                            "Point",
                            "coordinates",
                            List.of(
                                    site.site().location().longitude(),
                                    site.site().location().latitude())),
                    "properties",
                    properties));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private String sectorName(String code, Locale locale) {
        return directory.sector(code).map(s -> s.name(locale)).orElse(code);
    }

    private Map<String, String> sectorNames(Locale locale) {
        return directory.sectors().stream()
                .collect(Collectors.toMap(Sector::code, s -> s.name(locale), (a, b) -> a, LinkedHashMap::new));
    }
}
