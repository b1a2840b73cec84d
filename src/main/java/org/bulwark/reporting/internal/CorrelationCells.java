package org.bulwark.reporting.internal;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bulwark.geo.GeoPoint;

/**
 * The H3 cells of report positions, at a resolution fit for linking reports a few hundred metres apart: a cell of
 * resolution 9 is about 175 m across an edge, so a 500 m circle touches some 30 of them and an indexed lookup of
 * those reads little more than the circle.
 */
final class CorrelationCells {

    static final int RESOLUTION = 9;

    // a metre of slack over the flat-Earth distance to a cell edge, which is exact to far better than that here
    private static final double SLACK_METRES = 1;
    private static final int MAX_RINGS = 200;
    private static final H3Core H3 = load();

    private CorrelationCells() {}

    static long cellOf(double latitude, double longitude) {
        return H3.latLngToCell(latitude, longitude, RESOLUTION);
    }

    /**
     * Every cell that holds a point within the radius of the given one. Rings of cells around the point's own cell
     * are taken one after the other, keeping the cells that come within the radius, until a whole ring stays out of
     * it: a ring closes around all the rings inside it, so nothing farther out can come closer.
     */
    static List<Long> around(double latitude, double longitude, double radiusMetres) {
        long origin = cellOf(latitude, longitude);
        List<Long> cells = new ArrayList<>();
        cells.add(origin);
        for (int k = 1; k <= MAX_RINGS; k++) {
            boolean reached = false;
            for (long cell : H3.gridRing(origin, k)) {
                if (distanceToCell(latitude, longitude, cell) <= radiusMetres + SLACK_METRES) {
                    cells.add(cell);
                    reached = true;
                }
            }
            if (!reached) {
                return cells;
            }
        }
        throw new IllegalArgumentException("a radius of " + radiusMetres + " m is too large for report links");
    }

    /** How far the point is from the nearest edge of a cell that does not hold it, on a plane tangent at the point. */
    private static double distanceToCell(double latitude, double longitude, long cell) {
        double metresPerDegree = Math.toRadians(GeoPoint.EARTH_RADIUS_METRES);
        double cosLatitude = Math.cos(Math.toRadians(latitude));
        List<LatLng> boundary = H3.cellToBoundary(cell);
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < boundary.size(); i++) {
            LatLng a = boundary.get(i);
            LatLng b = boundary.get((i + 1) % boundary.size());
            double ax = longitudeDelta(a.lng, longitude) * cosLatitude * metresPerDegree;
            double ay = (a.lat - latitude) * metresPerDegree;
            double bx = longitudeDelta(b.lng, longitude) * cosLatitude * metresPerDegree;
            double by = (b.lat - latitude) * metresPerDegree;
            nearest = Math.min(nearest, distanceToSegment(ax, ay, bx, by));
        }
        return nearest;
    }

    private static double longitudeDelta(double to, double from) {
        double delta = to - from;
        // across the antimeridian
        if (delta > 180) {
            delta -= 360;
        } else if (delta < -180) {
            delta += 360;
        }
        return delta;
    }

    /** The distance from the origin to the segment from a to b. */
    private static double distanceToSegment(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    private static H3Core load() {
        try {
            return H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("the H3 native library could not be loaded", e);
        }
    }
}
