package org.bulwark.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.util.Assert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zones in GeoJSON (RFC 7946). A polygon zone is a Polygon geometry, or a Feature or a one-feature
 * FeatureCollection holding one. A circle zone is a Feature whose geometry is the centre Point and whose
 * {@code properties.radius} (or {@code radiusMetres}) is the radius in metres, as most mapping tools draw it.
 * Positions are {@code [longitude, latitude]}; a third number (altitude) is ignored.
 */
public final class GeoJson {

    /** The media type of GeoJSON documents. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {}

    /**
     * Reads a zone from GeoJSON text.
     *
     * @param json must not be null
     * @return never null
     * @throws IllegalArgumentException saying what to correct when the text is not JSON or not a usable zone
     */
    public static Zone readZone(String json) {
        Assert.notNull(json, "json must not be null");
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("zone is not valid JSON: " + e.getOriginalMessage());
        }
        return readZone(node);
    }

    /**
     * Reads a zone from a parsed GeoJSON object.
     *
     * @param node must not be null
     * @return never null
     * @throws IllegalArgumentException saying what to correct when the object is not a usable zone
     */
    public static Zone readZone(JsonNode node) {
        Assert.notNull(node, "node must not be null");
        if (!node.isObject()) {
            throw new IllegalArgumentException("zone must be a GeoJSON object (a Polygon, a Feature or a "
                    + "FeatureCollection with one Feature), was " + describe(node));
        }
        String type = type(node, "zone");
        switch (type) {
            case "FeatureCollection":
                JsonNode features = node.path("features");
                if (!features.isArray()) {
                    throw new IllegalArgumentException("FeatureCollection needs a 'features' array");
                }
                if (features.size() != 1) {
                    throw new IllegalArgumentException(
                            "a zone FeatureCollection must hold exactly one Feature, it holds " + features.size()
                                    + "; send each zone on its own");
                }
                return readFeature(features.get(0));
            case "Feature":
                return readFeature(node);
            case "Polygon":
                return readPolygon(node);
            case "Point":
                throw new IllegalArgumentException("a Point alone is not a zone: send a Feature with the Point as"
                        + " geometry and the radius in metres as properties.radius");
            case "MultiPolygon":
                throw new IllegalArgumentException(
                        "MultiPolygon zones are not supported: send each polygon as its own zone");
            default:
                throw new IllegalArgumentException("GeoJSON type '" + type
                        + "' is not a zone; use a Polygon, a Feature or a FeatureCollection with one Feature");
        }
    }

    /**
     * Writes a zone as a GeoJSON Feature: a polygon as its Polygon geometry (outer ring counter-clockwise, holes
     * clockwise, as RFC 7946 recommends), a circle as its centre Point with {@code properties.radius} in metres.
     * Both carry {@code properties.kind}, {@code circle} or {@code polygon}. Reading the result gives an equal zone (up to the
     * order of ring positions).
     *
     * @param zone must not be null
     * @return a new Feature object, never null
     */
    public static ObjectNode writeZone(Zone zone) {
        Assert.notNull(zone, "zone must not be null");
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        ObjectNode properties = NODES.objectNode();
        if (zone instanceof Zone.Circle circle) {
            geometry.put("type", "Point");
            geometry.set("coordinates", position(circle.centre()));
            properties.put("kind", "circle");
            properties.put("radius", circle.radiusMetres());
        } else {
            Zone.Polygon polygon = (Zone.Polygon) zone;
            geometry.put("type", "Polygon");
            ArrayNode rings = geometry.putArray("coordinates");
            org.locationtech.jts.geom.Polygon unwrapped = polygon.unwrapped();
            rings.add(ring(polygon.outer(), unwrapped.getExteriorRing().getCoordinates(), true));
            for (int i = 0; i < polygon.holes().size(); i++) {
                rings.add(ring(
                        polygon.holes().get(i), unwrapped.getInteriorRingN(i).getCoordinates(), false));
            }
            properties.put("kind", "polygon");
        }
        feature.set("properties", properties);
        return feature;
    }

    /** A GeoJSON Point geometry for a position. */
    public static ObjectNode writePoint(GeoPoint point) {
        Assert.notNull(point, "point must not be null");
        ObjectNode geometry = NODES.objectNode();
        geometry.put("type", "Point");
        geometry.set("coordinates", position(point));
        return geometry;
    }

    private static Zone readFeature(JsonNode feature) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            throw new IllegalArgumentException("expected a GeoJSON Feature, was " + describe(feature));
        }
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject()) {
            throw new IllegalArgumentException("the zone Feature has no geometry; give it a Polygon, or a Point "
                    + "with properties.radius for a circle");
        }
        String type = type(geometry, "geometry");
        if ("Polygon".equals(type)) {
            return readPolygon(geometry);
        }
        if ("Point".equals(type)) {
            GeoPoint centre = readPosition(geometry.path("coordinates"), "the circle centre");
            return new Zone.Circle(centre, readRadius(feature.path("properties")));
        }
        if ("MultiPolygon".equals(type)) {
            throw new IllegalArgumentException(
                    "MultiPolygon zones are not supported: send each polygon as its own zone");
        }
        throw new IllegalArgumentException("geometry type '" + type
                + "' is not a zone; use a Polygon, or a Point with properties.radius for a circle");
    }

    private static double readRadius(JsonNode properties) {
        JsonNode radius = properties.path("radius");
        String name = "radius";
        if (radius.isMissingNode() || radius.isNull()) {
            radius = properties.path("radiusMetres");
            name = "radiusMetres";
        }
        if (radius.isMissingNode() || radius.isNull()) {
            throw new IllegalArgumentException(
                    "a circle zone needs its radius in metres as properties.radius, e.g. \"radius\": 500");
        }
        if (!radius.isNumber()) {
            throw new IllegalArgumentException(
                    "properties." + name + " must be a number of metres, was " + describe(radius));
        }
        return radius.asDouble();
    }

    private static Zone.Polygon readPolygon(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new IllegalArgumentException(
                    "a Polygon needs 'coordinates': an array of rings, each an array of [longitude, latitude]");
        }
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (int r = 0; r < coordinates.size(); r++) {
            JsonNode ring = coordinates.get(r);
            String ringName = "polygon ring " + (r + 1);
            if (!ring.isArray()) {
                throw new IllegalArgumentException(
                        ringName + " must be an array of [longitude, latitude] positions, was " + describe(ring));
            }
            if (ring.size() > Zone.Polygon.MAX_POSITIONS) {
                throw new IllegalArgumentException(ringName + " has " + ring.size() + " positions, at most "
                        + Zone.Polygon.MAX_POSITIONS + " are allowed; simplify the outline");
            }
            List<GeoPoint> points = new ArrayList<>(ring.size());
            for (int p = 0; p < ring.size(); p++) {
                points.add(readPosition(ring.get(p), "position " + (p + 1) + " of " + ringName));
            }
            rings.add(points);
        }
        return new Zone.Polygon(rings.get(0), rings.subList(1, rings.size()));
    }

    private static GeoPoint readPosition(JsonNode position, String what) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3) {
            throw new IllegalArgumentException(what + " must be [longitude, latitude], was " + describe(position));
        }
        for (JsonNode number : position.values()) {
            if (!number.isNumber()) {
                throw new IllegalArgumentException(
                        what + " must hold numbers, [longitude, latitude], was " + describe(position));
            }
        }
        try {
            return new GeoPoint(position.get(1).asDouble(), position.get(0).asDouble());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + describe(position) + ": " + e.getMessage()
                    + " (GeoJSON positions are [longitude, latitude])");
        }
    }

    private static String type(JsonNode node, String what) {
        JsonNode type = node.path("type");
        if (!type.isString()) {
            throw new IllegalArgumentException(what + " has no GeoJSON 'type' (Polygon, Feature or FeatureCollection)");
        }
        return type.stringValue();
    }

    private static ArrayNode ring(List<GeoPoint> positions, Coordinate[] unwrapped, boolean counterClockwise) {
        boolean reverse = Orientation.isCCW(unwrapped) != counterClockwise;
        ArrayNode ring = NODES.arrayNode();
        for (int i = 0; i < positions.size(); i++) {
            ring.add(position(positions.get(reverse ? positions.size() - 1 - i : i)));
        }
        return ring;
    }

    private static ArrayNode position(GeoPoint point) {
        ArrayNode position = NODES.arrayNode();
        position.add(point.longitude());
        position.add(point.latitude());
        return position;
    }

    private static String describe(JsonNode node) {
        String text = node.isMissingNode() ? "nothing" : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
