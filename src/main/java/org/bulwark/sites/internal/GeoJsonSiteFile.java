package org.bulwark.sites.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads sites from a GeoJSON (RFC 7946) FeatureCollection of Point features, or from a single Feature. Each
 * feature's properties carry the CSV columns other than latitude and longitude, which come from the point
 * ({@code [longitude, latitude]}). Property names may be snake case or camel case.
 */
public final class GeoJsonSiteFile {

    private GeoJsonSiteFile() {}

    public static List<ImportRow> read(byte[] content, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(CsvSiteFile.decode(content));
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ImportFileProblem(
                    "sites.import.file.json",
                    "the file is not valid JSON" + where,
                    where.isEmpty() ? "?" : e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            throw notGeoJson();
        }
        String type = root.path("type").asString("");
        List<JsonNode> features = new ArrayList<>();
        if ("FeatureCollection".equals(type) && root.path("features").isArray()) {
            root.path("features").forEach(features::add);
        } else if ("Feature".equals(type)) {
            features.add(root);
        } else {
            throw notGeoJson();
        }
        List<ImportRow> rows = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            rows.add(row(i + 1, features.get(i)));
        }
        return rows;
    }

    private static ImportRow row(int position, JsonNode feature) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"Feature".equals(feature.path("type").asString(""))) {
            problems.add(FieldProblem.of("row", "sites.error.feature.type"));
        }
        String latitude = null;
        String longitude = null;
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject()) {
            problems.add(FieldProblem.of("geometry", "sites.error.geometry.missing"));
        } else if (!"Point".equals(geometry.path("type").asString(""))) {
            problems.add(FieldProblem.of(
                    "geometry",
                    "sites.error.geometry.notPoint",
                    geometry.path("type").asString("?")));
        } else {
            JsonNode coordinates = geometry.path("coordinates");
            if (!coordinates.isArray()
                    || coordinates.size() < 2
                    || !coordinates.get(0).isNumber()
                    || !coordinates.get(1).isNumber()) {
                problems.add(FieldProblem.of("geometry", "sites.error.geometry.coordinates"));
            } else {
                longitude = coordinates.get(0).asString();
                latitude = coordinates.get(1).asString();
            }
        }
        Map<String, String> properties = new HashMap<>();
        JsonNode node = feature.path("properties");
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                JsonNode value = property.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    properties.put(normal(property.getKey()), value.asString());
                }
            }
        }
        SiteInput input = new SiteInput(
                properties.get("name"),
                properties.get("address"),
                latitude,
                longitude,
                properties.get("sector"),
                first(properties, "usetype", "use"),
                properties.get("capacity"),
                first(properties, "organisation", "organization"),
                properties.get("contactname"),
                properties.get("contactphone"),
                properties.get("contactemail"),
                properties.get("openinghours"));
        return new ImportRow(position, input, problems);
    }

    private static @Nullable String first(Map<String, String> properties, String... keys) {
        for (String key : keys) {
            if (properties.containsKey(key)) {
                return properties.get(key);
            }
        }
        return null;
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static ImportFileProblem notGeoJson() {
        return new ImportFileProblem(
                "sites.import.file.notGeoJson",
                "the file is JSON but not a GeoJSON FeatureCollection of Point features");
    }
}
