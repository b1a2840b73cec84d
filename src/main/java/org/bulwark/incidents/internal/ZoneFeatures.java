package org.bulwark.incidents.internal;

import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.incidents.IncidentZone;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A zone as partners route around it, the same in the zone feed and in the {@code zone.changed} webhook: a GeoJSON
 * Feature whose id is the zone id, carrying only what routing needs — the geometry, the zone's kind and validity, the
 * incident as an opaque id, and its version — and never the incident's type, place or anyone's name.
 */
public final class ZoneFeatures {

    /** Sides of the polygon that stands for a circle: off from the true circle by 0.12 % of the radius at most. */
    public static final int CIRCLE_SIDES = 64;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ZoneFeatures() {}

    /** The zone as a Feature; a circle as the polygon just outside it, with its centre and radius as properties. */
    public static ObjectNode feature(UUID incident, IncidentZone zone) {
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        feature.put("id", zone.id().toString());
        ObjectNode properties = NODES.objectNode();
        properties.put("incident", incident.toString());
        properties.put("kind", zone.kind().name());
        properties.put("validFrom", zone.validFrom().toString());
        properties.put(
                "validUntil",
                zone.validUntil() == null ? null : zone.validUntil().toString());
        properties.put("version", zone.version());
        if (zone.zone() instanceof Zone.Circle circle) {
            feature.set("geometry", outside(circle));
            properties.put("shape", "circle");
            properties.set("centre", position(circle.centre()));
            properties.put("radiusMetres", circle.radiusMetres());
        } else {
            feature.set("geometry", GeoJson.writeZone(zone.zone()).get("geometry"));
            properties.put("shape", "polygon");
        }
        feature.set("properties", properties);
        return feature;
    }

    /**
     * A polygon around the circle, counter-clockwise as RFC 7946 asks. Its corners lie a little beyond the radius so
     * that its sides do not cut into the circle: whoever routes around the polygon stays out of the whole zone.
     */
    public static ObjectNode outside(Zone.Circle circle) {
        double corner = circle.radiusMetres() / Math.cos(Math.PI / CIRCLE_SIDES);
        ArrayNode ring = NODES.arrayNode();
        for (int i = 0; i < CIRCLE_SIDES; i++) {
            ring.add(position(destination(circle.centre(), 360.0 - i * 360.0 / CIRCLE_SIDES, corner)));
        }
        ring.add(ring.get(0).deepCopy());
        ObjectNode geometry = NODES.objectNode();
        geometry.put("type", "Polygon");
        geometry.putArray("coordinates").add(ring);
        return geometry;
    }

    /** The point at a distance along a great circle from a start, on the sphere the geo kernel measures with. */
    private static GeoPoint destination(GeoPoint from, double bearingDegrees, double metres) {
        double angle = metres / GeoPoint.EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(from.latitude());
        double sinPhi2 = Math.sin(phi1) * Math.cos(angle) + Math.cos(phi1) * Math.sin(angle) * Math.cos(bearing);
        double phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
        double lambda2 = Math.toRadians(from.longitude())
                + Math.atan2(
                        Math.sin(bearing) * Math.sin(angle) * Math.cos(phi1),
                        Math.cos(angle) - Math.sin(phi1) * sinPhi2);
        double longitude = Math.toDegrees(lambda2);
        // past the antimeridian: back into [-180, 180], as GeoJSON positions are
        longitude = ((longitude + 540) % 360) - 180;
        return new GeoPoint(Math.toDegrees(phi2), longitude);
    }

    private static ArrayNode position(GeoPoint point) {
        ArrayNode position = NODES.arrayNode();
        position.add(point.longitude());
        position.add(point.latitude());
        return position;
    }
}
