package org.bulwark.sites;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.Zone;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@RestController
@Tag(name = "Sites")
class SitesInZoneController {

    private final SitesInZone sitesInZone;

    SitesInZoneController(SitesInZone sitesInZone) {
        this.sitesInZone = sitesInZone;
    }

    @PostMapping(
            path = "/api/v1/sites/inside",
            consumes = {MediaType.APPLICATION_JSON_VALUE, GeoJson.MEDIA_TYPE},
            produces = {GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST', 'ADVISOR', 'INTEGRATION')")
    @Operation(
            summary = "Sites inside a zone",
            description = "Takes a zone as GeoJSON: a Polygon (or a Feature / one-feature FeatureCollection holding"
                    + " one), or a circle as a Feature with a Point geometry and properties.radius in metres (at most"
                    + " 100000). Returns the sites inside it, boundary included, as a GeoJSON FeatureCollection of"
                    + " Points ordered by name, each with properties.id and properties.name.")
    ObjectNode inside(@RequestBody JsonNode body) {
        Zone zone = GeoJson.readZone(body);
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (SitesInZone.Located site : sitesInZone.locatedInside(zone)) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", site.id().toString());
            feature.set("geometry", GeoJson.writePoint(site.position()));
            ObjectNode properties = feature.putObject("properties");
            properties.put("id", site.id().toString());
            properties.put("name", site.name());
        }
        return collection;
    }
}
