package org.bulwark.sites.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.sites.internal.JdbcSites;
import org.bulwark.sites.internal.SiteAccess;
import org.bulwark.sites.internal.SiteFilter;
import org.bulwark.sites.internal.SiteRegistry;
import org.bulwark.sites.internal.SitesSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The map of sites and the GeoJSON it draws, read with the session of the signed-in person. */
@Controller
class SiteMapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final SiteRegistry registry;
    private final SiteLabels labels;
    private final SitesSettings settings;
    private final MessageSource messages;

    SiteMapController(SiteRegistry registry, SiteLabels labels, SitesSettings settings, MessageSource messages) {
        this.registry = registry;
        this.labels = labels;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/map")
    String map(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        SiteAccess access = registry.access(user);
        access.requireRead();
        model.addAttribute("map", settings.map());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("sectors", labels.sectors(locale));
        model.addAttribute("useTypes", UseType.values());
        return "sites/map";
    }

    @GetMapping(value = "/sites/map.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> geoJson(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String bbox,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(name = "use", required = false) @Nullable String use,
            @RequestParam(required = false) @Nullable UUID organisation,
            Locale locale) {
        SiteAccess access = registry.access(user);
        SiteFilter.BoundingBox box;
        try {
            box = SiteFilter.BoundingBox.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        SiteFilter filter = new SiteFilter(text, sector, Tier.parse(tier), UseType.parse(use), organisation, box);
        int limit = settings.map().maxMarkers();
        List<JdbcSites.Marker> markers = registry.markers(filter, access, limit + 1);
        boolean truncated = markers.size() > limit;
        List<Map<String, Object>> features = new ArrayList<>();
        for (JdbcSites.Marker marker : markers.subList(0, Math.min(limit, markers.size()))) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", marker.name());
            properties.put("tier", marker.tier().name());
            properties.put("tierName", messages.getMessage(marker.tier().messageKey(), null, locale));
            properties.put("useType", messages.getMessage(marker.useType().messageKey(), null, locale));
            properties.put("capacity", marker.capacity());
            properties.put("url", "/sites/" + marker.id());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", marker.id().toString());
            feature.put(
                    "geometry", Map.of("type", "Point", "coordinates", List.of(marker.longitude(), marker.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.put("truncated", truncated);
        collection.put("limit", limit);
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
    }
}
