package org.bulwark.incidents.internal;

import java.util.List;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How small and how large an incident's zone may be: a zone of a few square metres protects nobody, and one of a
 * region's size would alert every site in it. The geo kernel refuses what is not a zone at all; these limits refuse
 * zones that are valid shapes but not usable ones.
 *
 * @param minRadiusMetres the smallest radius of a circle
 * @param maxRadiusMetres the largest radius of a circle; a polygon may span at most twice this between two corners
 * @param minAreaSquareMetres the smallest area of a polygon
 * @param maxAreaSquareKilometres the largest area of a polygon
 */
@ConfigurationProperties("bulwark.incidents.zones")
public record ZoneLimits(
        @DefaultValue("10") double minRadiusMetres,
        @DefaultValue("50000") double maxRadiusMetres,
        @DefaultValue("100") double minAreaSquareMetres,
        @DefaultValue("2500") double maxAreaSquareKilometres) {

    public ZoneLimits {
        if (!(minRadiusMetres > 0)
                || !(maxRadiusMetres > minRadiusMetres)
                || maxRadiusMetres > Zone.Circle.MAX_RADIUS_METRES) {
            throw new IllegalArgumentException("bulwark.incidents.zones: the radii must satisfy 0 < min-radius-metres"
                    + " < max-radius-metres <= " + (long) Zone.Circle.MAX_RADIUS_METRES);
        }
        if (!(minAreaSquareMetres > 0) || !(maxAreaSquareKilometres * 1e6 > minAreaSquareMetres)) {
            throw new IllegalArgumentException(
                    "bulwark.incidents.zones: the areas must satisfy 0 < min-area-square-metres"
                            + " < max-area-square-kilometres");
        }
    }

    /** What is wrong with the zone's size, in words a coordinator can act on, or null when it is usable. */
    @Nullable
    String problem(Zone zone) {
        if (zone instanceof Zone.Circle circle) {
            if (circle.radiusMetres() < minRadiusMetres) {
                return "circle radius must be at least " + number(minRadiusMetres) + " metres, was "
                        + number(circle.radiusMetres()) + "; a smaller zone protects nobody";
            }
            if (circle.radiusMetres() > maxRadiusMetres) {
                return "circle radius must be at most " + number(maxRadiusMetres) + " metres, was "
                        + number(circle.radiusMetres()) + "; draw the area that is really closed, or several zones";
            }
            return null;
        }
        Zone.Polygon polygon = (Zone.Polygon) zone;
        double area = area(polygon);
        if (area > maxAreaSquareKilometres * 1e6) {
            return "polygon covers " + number(Math.round(area / 1e5) / 10.0) + " km², at most "
                    + number(maxAreaSquareKilometres) + " km² are allowed; draw the area that is really closed, or"
                    + " several zones";
        }
        double span = span(polygon.outer());
        if (span > 2 * maxRadiusMetres) {
            return "polygon spans " + number(Math.round(span / 100) / 10.0) + " km between two corners, at most "
                    + number(2 * maxRadiusMetres / 1000) + " km are allowed; draw the area that is really closed, or"
                    + " several zones";
        }
        if (area < minAreaSquareMetres) {
            return "polygon covers " + number(Math.round(area * 10) / 10.0) + " m², at least "
                    + number(minAreaSquareMetres) + " m² are needed; a smaller zone protects nobody";
        }
        return null;
    }

    /** The polygon's area in square metres on the sphere: the outer ring's less its holes'. */
    static double area(Zone.Polygon polygon) {
        double area = ringArea(polygon.outer());
        for (List<GeoPoint> hole : polygon.holes()) {
            area -= ringArea(hole);
        }
        return Math.max(area, 0);
    }

    /** The area inside a closed ring on the sphere (the formula of Chamberlain and Duquette), either direction. */
    static double ringArea(List<GeoPoint> ring) {
        double sum = 0;
        for (int i = 1; i < ring.size(); i++) {
            GeoPoint a = ring.get(i - 1);
            GeoPoint b = ring.get(i);
            double step = b.longitude() - a.longitude();
            // an edge across the antimeridian takes the short way round, as the geo kernel reads it
            if (step > 180) {
                step -= 360;
            } else if (step < -180) {
                step += 360;
            }
            sum += Math.toRadians(step)
                    * (2 + Math.sin(Math.toRadians(a.latitude())) + Math.sin(Math.toRadians(b.latitude())));
        }
        return Math.abs(sum) * GeoPoint.EARTH_RADIUS_METRES * GeoPoint.EARTH_RADIUS_METRES / 2;
    }

    /** The greatest distance between two corners of a ring, in metres. */
    static double span(List<GeoPoint> ring) {
        double span = 0;
        for (int i = 0; i < ring.size(); i++) {
            for (int j = i + 1; j < ring.size(); j++) {
                span = Math.max(span, ring.get(i).distanceMetres(ring.get(j)));
            }
        }
        return span;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
