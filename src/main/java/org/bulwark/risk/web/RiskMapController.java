package org.bulwark.risk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.risk.RiskBand;
import org.bulwark.risk.internal.AssessmentService;
import org.bulwark.risk.internal.RiskAccess;
import org.bulwark.risk.internal.RiskOverview;
import org.bulwark.sites.MapView;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The risk heatmap, its GeoJSON, and the counts of sites by band per sector and per region. */
@Controller
class RiskMapController {

    private final AssessmentService assessments;
    private final RiskOverview overview;
    private final MessageSource messages;
    private final MapView mapView;

    RiskMapController(AssessmentService assessments, RiskOverview overview, MessageSource messages, MapView mapView) {
        this.assessments = assessments;
        this.overview = overview;
        this.messages = messages;
        this.mapView = mapView;
    }

    @GetMapping("/risk/map")
    String map(@AuthenticationPrincipal BulwarkUser user, Model model) {
        assessments.access(user);
        model.addAttribute("map", mapView);
        model.addAttribute("bands", RiskBand.values());
        return "risk/map";
    }

    @GetMapping(value = "/risk/map.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> geoJson(@AuthenticationPrincipal BulwarkUser user, Locale locale) {
        RiskAccess access = assessments.access(user);
        List<Map<String, Object>> features = new ArrayList<>();
        for (RiskOverview.AssessedSite assessed : overview.assessedSites(access)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", assessed.site().id().toString());
            properties.put("name", assessed.site().details().name());
            properties.put("band", assessed.band().name());
            properties.put("bandLabel", messages.getMessage(assessed.band().messageKey(), null, locale));
            properties.put("assessment", "/assessments/" + assessed.assessment().id());
            properties.put("approvedAt", String.valueOf(assessed.assessment().approvedAt()));
            features.add(Map.of(
                    "type",
                    "Feature",
                    "geometry",
                    Map.of(
                            "type",
                            "Point",
                            "coordinates",
                            List.of(
                                    assessed.site().details().location().longitude(),
                                    assessed.site().details().location().latitude())),
                    "properties",
                    properties));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(Map.of("type", "FeatureCollection", "features", features));
    }

    @GetMapping("/risk/charts")
    String charts(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        RiskAccess access = assessments.access(user);
        List<RiskOverview.AssessedSite> assessed = overview.assessedSites(access);
        String noRegion = messages.getMessage("risk.charts.noRegion", null, locale);
        model.addAttribute("bySector", BarChart.of(overview.bySector(assessed, locale)));
        model.addAttribute("byRegion", BarChart.of(overview.byRegion(assessed, noRegion)));
        model.addAttribute("bands", RiskBand.values());
        model.addAttribute("empty", assessed.isEmpty());
        return "risk/charts";
    }
}
