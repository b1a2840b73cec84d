package org.bulwark.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/** Zones and probe points for tests: shapes with edge cases, and points on and just off their boundaries. */
public final class ZoneSamples {

    private ZoneSamples() {}

    /** The point reached from {@code from} along a great circle with the bearing (degrees) and distance. */
    public static GeoPoint destination(GeoPoint from, double bearingDegrees, double distanceMetres) {
        double angle = distanceMetres / GeoPoint.EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(from.latitude());
        double lambda1 = Math.toRadians(from.longitude());
        double sinPhi2 = Math.sin(phi1) * Math.cos(angle) + Math.cos(phi1) * Math.sin(angle) * Math.cos(bearing);
        double phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
        double lambda2 = lambda1
                + Math.atan2(
                        Math.sin(bearing) * Math.sin(angle) * Math.cos(phi1),
                        Math.cos(angle) - Math.sin(phi1) * sinPhi2);
        return point(Math.toDegrees(phi2), Math.toDegrees(lambda2));
    }

    /** A point with the longitude brought into [-180, 180] and the latitude clamped to [-90, 90]. */
    public static GeoPoint point(double latitude, double longitude) {
        double lon = longitude - 360.0 * Math.floor((longitude + 180) / 360);
        return new GeoPoint(Math.max(-90, Math.min(90, latitude)), lon);
    }

    /**
     * A star-shaped polygon around a centre: {@code corners} vertices at jittered, evenly spread bearings and
     * random distances between {@code size / 3} and {@code size}, with a hole around the centre if asked and there are 5 corners or more. A polygon
     * zone must not hold a pole, so close to one the centre moves off it and the shape shrinks until it is valid.
     */
    public static Zone.Polygon star(GeoPoint where, int corners, double size, boolean hole, long seed) {
        Random random = new Random(seed);
        GeoPoint centre = new GeoPoint(Math.max(-89.9, Math.min(89.9, where.latitude())), where.longitude());
        double toPole = (90 - Math.abs(centre.latitude())) * Math.PI / 180 * GeoPoint.EARTH_RADIUS_METRES;
        size = Math.min(size, toPole * 0.9);
        double[] bearings = new double[corners];
        double[] distances = new double[corners];
        double step = 360.0 / corners;
        for (int i = 0; i < corners; i++) {
            bearings[i] = i * step + random.nextDouble() * step * 0.5;
            distances[i] = size / 3 + random.nextDouble() * size * 2 / 3;
        }
        for (double scale = 1; ; scale /= 2) {
            List<GeoPoint> outer = new ArrayList<>();
            for (int i = 0; i < corners; i++) {
                outer.add(destination(centre, bearings[i], distances[i] * scale));
            }
            outer.add(outer.get(0));
            List<List<GeoPoint>> holes = new ArrayList<>();
            // with fewer than 5 corners an edge can pass close to the centre, through any hole
            if (hole && corners >= 5) {
                List<GeoPoint> inner = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    inner.add(destination(centre, i * 72 + 10, size / 8 * scale));
                }
                inner.add(inner.get(0));
                holes.add(inner);
            }
            try {
                return new Zone.Polygon(outer, holes);
            } catch (IllegalArgumentException e) {
                if (scale < 1e-6) {
                    throw e;
                }
            }
        }
    }

    /** A longitude/latitude rectangle; {@code west > east} means it crosses the antimeridian. */
    public static Zone.Polygon rectangle(double south, double west, double north, double east) {
        return Zone.polygon(List.of(
                new GeoPoint(south, west),
                new GeoPoint(south, east),
                new GeoPoint(north, east),
                new GeoPoint(north, west),
                new GeoPoint(south, west)));
    }

    /**
     * Points that test a zone hard: for a circle the centre and points at the radius and a millimetre, a
     * centimetre and a metre either side of it; for a polygon every vertex, points on every edge and a centimetre
     * and a decimetre either side of it; for both, random points around the zone.
     */
    public static List<GeoPoint> probes(Zone zone, Random random, int around) {
        List<GeoPoint> probes = new ArrayList<>();
        if (zone instanceof Zone.Circle circle) {
            probes.add(circle.centre());
            double[] offsets = {0, -0.001, 0.001, -0.01, 0.01, -1, 1};
            for (int i = 0; i < 12; i++) {
                double bearing = random.nextDouble() * 360;
                for (double offset : offsets) {
                    probes.add(destination(circle.centre(), bearing, Math.max(0, circle.radiusMetres() + offset)));
                }
            }
            for (int i = 0; i < around; i++) {
                double distance = circle.radiusMetres() * 1.5 * Math.sqrt(random.nextDouble());
                probes.add(destination(circle.centre(), random.nextDouble() * 360, distance));
            }
            return probes;
        }
        Zone.Polygon polygon = (Zone.Polygon) zone;
        List<Coordinate[]> rings = new ArrayList<>();
        rings.add(polygon.unwrapped().getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.unwrapped().getNumInteriorRing(); i++) {
            rings.add(polygon.unwrapped().getInteriorRingN(i).getCoordinates());
        }
        double[] offsets = {1e-7, -1e-7, 1e-6, -1e-6};
        for (Coordinate[] ring : rings) {
            for (int i = 1; i < ring.length; i++) {
                Coordinate a = ring[i - 1];
                Coordinate b = ring[i];
                probes.add(point(a.y, a.x));
                double t = random.nextBoolean() ? 0.5 : random.nextDouble();
                double x = a.x + t * (b.x - a.x);
                double y = a.y + t * (b.y - a.y);
                probes.add(point(y, x));
                double length = Math.hypot(b.x - a.x, b.y - a.y);
                for (double offset : offsets) {
                    probes.add(point(y + offset * (b.x - a.x) / length, x - offset * (b.y - a.y) / length));
                }
            }
        }
        var envelope = polygon.envelope();
        for (int i = 0; i < around; i++) {
            double x = envelope.getMinX() + (random.nextDouble() * 1.4 - 0.2) * envelope.getWidth();
            double y = envelope.getMinY() + (random.nextDouble() * 1.4 - 0.2) * envelope.getHeight();
            probes.add(point(y, x));
        }
        return probes;
    }
}
