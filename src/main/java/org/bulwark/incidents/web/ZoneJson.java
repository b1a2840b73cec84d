package org.bulwark.incidents.web;

import java.time.Instant;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A zone in a request: a GeoJSON geometry (a Polygon, a Feature holding one, or a Point with {@code radiusMetres}
 * for a circle), its kind and validity period.
 *
 * @param version in a redraw, the version that was redrawn; null to redraw whatever is stored
 */
record ZoneJson(
        @Nullable ZoneKind kind,
        @Nullable JsonNode geometry,
        @Nullable Double radiusMetres,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil,
        @Nullable Long version) {

    ZoneDraft draft() {
        return new ZoneDraft(kind, geoJson(), validFrom, validUntil);
    }

    private @Nullable String geoJson() {
        if (geometry == null || geometry.isNull()) {
            return null;
        }
        // a bare Point with the radius beside it is a circle: give it the form the geo kernel reads
        if (geometry.isObject() && "Point".equals(geometry.path("type").asString(""))) {
            ObjectNode feature = JsonNodeFactory.instance.objectNode();
            feature.put("type", "Feature");
            feature.set("geometry", geometry);
            ObjectNode properties = feature.putObject("properties");
            if (radiusMetres != null) {
                properties.put("radius", radiusMetres);
            }
            return feature.toString();
        }
        return geometry.toString();
    }
}
