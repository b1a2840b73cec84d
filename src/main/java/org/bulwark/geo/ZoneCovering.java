package org.bulwark.geo;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;

/**
 * Computes a {@link ZoneCover} top-down from the 122 resolution-0 cells, so that it is correct by construction:
 * each cell is judged by a spherical cap around its centre that provably holds every point whose resolution-10
 * cell descends from it (its reach). A cell whose cap lies inside the zone is inner, a cell whose cap misses the
 * zone is dropped, and the others are split into their children until resolution 10, where they become border
 * cells.
 */
final class ZoneCovering {

    /**
     * Points sit at most this far (×) from the centre of a coarser ancestor of their resolution-10 cell, relative to
     * the ancestor's own circumradius. On a plane the aperture-7 hierarchy gives at most √3/(√7−1) ≈ 1.053; on the
     * icosahedron H3 measures up to about 1.056 (ZoneCoveringUnitTests checks it), 1.15 leaves ample room.
     */
    static final double ANCESTOR_REACH_FACTOR = 1.15;

    /**
     * Added to every reach: covers rounding in H3 and in the haversine, and the difference between a cell's
     * geodesic edges and our straight longitude/latitude test (a few millimetres at resolution 10).
     */
    static final double MARGIN_METRES = 1.0;

    /**
     * Above this many undecided cells at one resolution, they stay border cells instead of being split further,
     * so that a very large zone still gives a short list of ranges (its border sites are then tested exactly).
     */
    static final int MAX_UNDECIDED_CELLS = 1_500;

    /** Cells remembered with their centre and circumradius; a network asks about the same area again and again. */
    private static final int MAX_REMEMBERED_CELLS = 100_000;

    private static final Map<Long, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Zone zone;
    private final H3Core h3 = GeoCells.h3();

    /** A cell's centre and the largest great-circle distance from it to a vertex of the cell's boundary. */
    private record Shape(double latitude, double longitude, double circumradius) {}

    ZoneCovering(Zone zone) {
        this.zone = zone;
    }

    ZoneCover cover() {
        List<Long> inner = new ArrayList<>();
        List<Long> border = new ArrayList<>();
        List<Long> candidates = new ArrayList<>(h3.getRes0Cells());
        for (int resolution = 0; ; resolution++) {
            List<Long> undecided = new ArrayList<>();
            for (long cell : candidates) {
                ZoneCover.Part part = classify(cell);
                if (part == ZoneCover.Part.INNER) {
                    inner.add(cell);
                } else if (part == ZoneCover.Part.BORDER) {
                    undecided.add(cell);
                }
            }
            if (resolution == GeoCells.RESOLUTION || undecided.size() > MAX_UNDECIDED_CELLS) {
                border.addAll(undecided);
                break;
            }
            candidates = new ArrayList<>(undecided.size() * 7);
            for (long cell : undecided) {
                candidates.addAll(h3.cellToChildren(cell, resolution + 1));
            }
        }
        return new ZoneCover(zone, ranges(inner), ranges(border));
    }

    /** Where a cell, with all its resolution-10 descendants, stands with respect to the zone. */
    ZoneCover.Part classify(long cell) {
        Shape shape = shape(cell);
        double reach = reachMetres(cell, shape);
        if (zone instanceof Zone.Circle circle) {
            double distance = GeoPoint.distanceMetres(
                    shape.latitude(),
                    shape.longitude(),
                    circle.centre().latitude(),
                    circle.centre().longitude());
            if (distance - reach > circle.radiusMetres()) {
                return ZoneCover.Part.OUTSIDE;
            }
            return distance + reach <= circle.radiusMetres() ? ZoneCover.Part.INNER : ZoneCover.Part.BORDER;
        }
        return classify((Zone.Polygon) zone, capEnvelope(new LatLng(shape.latitude(), shape.longitude()), reach));
    }

    private static ZoneCover.Part classify(Zone.Polygon polygon, Envelope cap) {
        Envelope area = polygon.envelope();
        // the cap's box spans [-360, 360] and the polygon [-180, 540): try every turn that can bring them together
        for (int turn = -2; turn <= 2; turn++) {
            Envelope box = new Envelope(
                    cap.getMinX() + 360.0 * turn, cap.getMaxX() + 360.0 * turn, cap.getMinY(), cap.getMaxY());
            if (!box.intersects(area)) {
                continue;
            }
            if (polygon.boundaryMeets(box)) {
                return ZoneCover.Part.BORDER;
            }
            // no edge meets the box, so the whole box lies on the same side as its centre
            if (polygon.coversUnwrapped(box.centre().x, box.centre().y)) {
                return ZoneCover.Part.INNER;
            }
        }
        return ZoneCover.Part.OUTSIDE;
    }

    /**
     * The radius of a spherical cap around the cell's centre that holds every point whose resolution-10 cell is
     * this cell or one of its descendants.
     */
    double reachMetres(long cell) {
        return reachMetres(cell, shape(cell));
    }

    private double reachMetres(long cell, Shape shape) {
        // a resolution-10 cell is a geodesic polygon, and a cap holds the geodesic polygon spanned by its vertices
        double factor = h3.getResolution(cell) == GeoCells.RESOLUTION ? 1 : ANCESTOR_REACH_FACTOR;
        return shape.circumradius() * factor + MARGIN_METRES;
    }

    private Shape shape(long cell) {
        Shape shape = SHAPES.get(cell);
        if (shape == null) {
            LatLng centre = h3.cellToLatLng(cell);
            double circumradius = 0;
            for (LatLng vertex : h3.cellToBoundary(cell)) {
                circumradius =
                        Math.max(circumradius, GeoPoint.distanceMetres(centre.lat, centre.lng, vertex.lat, vertex.lng));
            }
            shape = new Shape(centre.lat, centre.lng, circumradius);
            if (SHAPES.size() >= MAX_REMEMBERED_CELLS) {
                SHAPES.clear();
            }
            SHAPES.put(cell, shape);
        }
        return shape;
    }

    /**
     * The exact longitude/latitude bounding box of a spherical cap; longitudes run past ±180 when the cap crosses
     * the antimeridian, and over all longitudes when it holds a pole.
     */
    static Envelope capEnvelope(LatLng centre, double radiusMetres) {
        double angle = radiusMetres / GeoPoint.EARTH_RADIUS_METRES;
        double minLat = centre.lat - Math.toDegrees(angle);
        double maxLat = centre.lat + Math.toDegrees(angle);
        if (minLat <= -90 || maxLat >= 90) {
            return new Envelope(-180, 180, Math.max(minLat, -90), Math.min(maxLat, 90));
        }
        double halfWidth =
                Math.toDegrees(Math.asin(Math.min(1, Math.sin(angle) / Math.cos(Math.toRadians(centre.lat)))));
        return new Envelope(centre.lng - halfWidth, centre.lng + halfWidth, minLat, maxLat);
    }

    /** Sorted, merged ranges of the resolution-10 descendants of the cells. */
    static List<CellRange> ranges(List<Long> cells) {
        List<CellRange> ranges = new ArrayList<>(cells.size());
        for (long cell : cells) {
            ranges.add(GeoCells.rangeOf(cell));
        }
        return merge(ranges);
    }

    /** Sorts ranges and merges those with only impossible indexes between them. */
    static List<CellRange> merge(List<CellRange> unsorted) {
        List<CellRange> ranges = new ArrayList<>(unsorted);
        ranges.sort(Comparator.comparingLong(CellRange::first));
        List<CellRange> merged = new ArrayList<>();
        @Nullable CellRange current = null;
        for (CellRange range : ranges) {
            if (current != null && range.first() <= nextPossibleCell(current.last())) {
                current = new CellRange(current.first(), Math.max(current.last(), range.last()));
            } else {
                if (current != null) {
                    merged.add(current);
                }
                current = range;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        return merged;
    }

    /**
     * The smallest number after {@code index} whose digits 1 to 10 are all below 7, that is the first number after
     * it that a resolution-10 cell can have; two ranges with only impossible numbers between them can be merged.
     */
    static long nextPossibleCell(long index) {
        long next = index + 1;
        for (int digit = 1; digit <= GeoCells.RESOLUTION; digit++) {
            int shift = 3 * (15 - digit);
            if (((next >>> shift) & 7) == 7) {
                // no cell has this digit at 7: skip to the next value of the digit before it, and look again
                next = ((next >>> (shift + 3)) + 1) << (shift + 3);
                digit = 0;
            }
        }
        return next;
    }
}
