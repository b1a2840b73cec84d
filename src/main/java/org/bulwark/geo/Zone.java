package org.bulwark.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RectangleLineIntersector;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.util.Assert;

/**
 * An area on the Earth: a {@link Circle} or a {@link Polygon}. {@link #contains(GeoPoint)} is the one exact
 * definition of inside; every query over zones (cell covers, database lookups, feeds) must give the same answer.
 */
public sealed interface Zone permits Zone.Circle, Zone.Polygon {

    /**
     * Whether a point lies in this zone; points on the boundary are inside.
     *
     * @param point must not be null
     */
    boolean contains(GeoPoint point);

    /** A circle of the given radius around a centre; see {@link Circle}. */
    static Circle circle(GeoPoint centre, double radiusMetres) {
        return new Circle(centre, radiusMetres);
    }

    /** A polygon without holes; see {@link Polygon}. */
    static Polygon polygon(List<GeoPoint> outer) {
        return new Polygon(outer, List.of());
    }

    /**
     * Every point whose great-circle (haversine) distance from the centre, on the sphere of
     * {@link GeoPoint#EARTH_RADIUS_METRES}, is at most the radius. Works across the antimeridian and at the poles.
     *
     * @param centre must not be null
     * @param radiusMetres greater than 0 and at most {@link #MAX_RADIUS_METRES}
     */
    record Circle(GeoPoint centre, double radiusMetres) implements Zone {

        /** The largest radius a zone may have: 100 km. */
        public static final double MAX_RADIUS_METRES = 100_000;

        public Circle {
            Assert.notNull(centre, "circle centre must not be null");
            if (!(radiusMetres > 0)) {
                throw new IllegalArgumentException(
                        "circle radius must be greater than 0 metres, was " + format(radiusMetres));
            }
            if (radiusMetres > MAX_RADIUS_METRES) {
                throw new IllegalArgumentException("circle radius must be at most " + format(MAX_RADIUS_METRES)
                        + " metres (100 km), was " + format(radiusMetres)
                        + "; use a polygon or several zones for a larger area");
            }
        }

        @Override
        public boolean contains(GeoPoint point) {
            return centre.distanceMetres(point) <= radiusMetres;
        }
    }

    /**
     * A polygon on longitude/latitude as in GeoJSON: an outer ring and optional holes, each ring closed (its last
     * position repeats its first). Edges are straight lines in longitude/latitude and points on an edge or vertex
     * are inside. A ring whose consecutive positions jump by more than 180° of longitude crosses the antimeridian:
     * its longitudes are unwrapped into one continuous range, so that a zone from 179° E to 179° W is 2° wide.
     * Rings must not cross themselves or each other, holes must lie inside the outer ring, a ring must not go round a
     * pole, and the whole polygon has at most {@link #MAX_POSITIONS} positions.
     *
     * <p>Instances are immutable and safe to share between threads.
     */
    final class Polygon implements Zone {

        /** The most positions, over all rings, that a polygon zone may have. */
        public static final int MAX_POSITIONS = 1_000;

        private static final GeometryFactory PLANE = new GeometryFactory();

        private final List<GeoPoint> outer;
        private final List<List<GeoPoint>> holes;
        private final org.locationtech.jts.geom.Polygon unwrapped;
        private final PointOnGeometryLocator locator;
        private final Envelope envelope;
        private final STRtree edges = new STRtree();

        /**
         * @param outer the closed outer ring, at least 4 positions; must not be null
         * @param holes closed rings cut out of the polygon; must not be null, may be empty
         * @throws IllegalArgumentException naming the ring and position at fault when the polygon is not usable
         */
        public Polygon(List<GeoPoint> outer, List<List<GeoPoint>> holes) {
            Assert.notNull(outer, "polygon outer ring must not be null");
            Assert.notNull(holes, "polygon holes must not be null");
            int positions = outer.size();
            for (List<GeoPoint> hole : holes) {
                Assert.notNull(hole, "polygon hole must not be null");
                positions += hole.size();
            }
            if (positions > MAX_POSITIONS) {
                throw new IllegalArgumentException("polygon has " + positions + " positions, at most " + MAX_POSITIONS
                        + " are allowed; simplify the outline");
            }
            this.outer = List.copyOf(outer);
            List<List<GeoPoint>> holeCopies = new ArrayList<>();
            for (List<GeoPoint> hole : holes) {
                holeCopies.add(List.copyOf(hole));
            }
            this.holes = List.copyOf(holeCopies);

            Coordinate[] shell = unwrap(this.outer, 1, null);
            LinearRing[] holeRings = new LinearRing[this.holes.size()];
            Envelope shellEnvelope = new Envelope();
            for (Coordinate c : shell) {
                shellEnvelope.expandToInclude(c);
            }
            for (int i = 0; i < holeRings.length; i++) {
                holeRings[i] = PLANE.createLinearRing(unwrap(this.holes.get(i), i + 2, shellEnvelope));
            }
            // a flat outline doubles back on itself, which the validity check would call crossing edges
            if (onOneLine(shell)) {
                throw new IllegalArgumentException("polygon has no area: its positions lie on one line");
            }
            this.unwrapped = PLANE.createPolygon(PLANE.createLinearRing(shell), holeRings);
            TopologyValidationError error = new IsValidOp(unwrapped).getValidationError();
            if (error != null) {
                throw new IllegalArgumentException(describe(error));
            }
            if (!(unwrapped.getArea() > 0)) {
                throw new IllegalArgumentException("polygon has no area: its positions lie on one line");
            }
            this.locator = new IndexedPointInAreaLocator(unwrapped);
            this.envelope = unwrapped.getEnvelopeInternal();
            indexEdges(unwrapped.getExteriorRing().getCoordinates());
            for (int i = 0; i < unwrapped.getNumInteriorRing(); i++) {
                indexEdges(unwrapped.getInteriorRingN(i).getCoordinates());
            }
            edges.build();
        }

        /** The outer ring as given, closed; never returns null. */
        public List<GeoPoint> outer() {
            return outer;
        }

        /** The holes as given, each closed; never returns null. */
        public List<List<GeoPoint>> holes() {
            return holes;
        }

        @Override
        public boolean contains(GeoPoint point) {
            // the polygon lives in one continuous longitude range that may pass 180°; try the point's other turns
            for (int turn = -1; turn <= 1; turn++) {
                double x = point.longitude() + 360.0 * turn;
                if (x >= envelope.getMinX()
                        && x <= envelope.getMaxX()
                        && point.latitude() >= envelope.getMinY()
                        && point.latitude() <= envelope.getMaxY()
                        && locator.locate(new Coordinate(x, point.latitude())) != Location.EXTERIOR) {
                    return true;
                }
            }
            return false;
        }

        /** The polygon in unwrapped longitude/latitude, x = longitude; the smallest longitude is at least -180 and below 180. */
        org.locationtech.jts.geom.Polygon unwrapped() {
            return unwrapped;
        }

        /** The bounding box of {@link #unwrapped()}. */
        Envelope envelope() {
            return envelope;
        }

        /** Whether an edge of a ring touches or crosses a box given in unwrapped longitude/latitude. */
        boolean boundaryMeets(Envelope box) {
            RectangleLineIntersector intersector = new RectangleLineIntersector(box);
            boolean[] meets = {false};
            edges.query(box, item -> {
                Coordinate[] edge = (Coordinate[]) item;
                if (!meets[0] && intersector.intersects(edge[0], edge[1])) {
                    meets[0] = true;
                }
            });
            return meets[0];
        }

        /** Whether an unwrapped longitude/latitude position is inside or on the boundary. */
        boolean coversUnwrapped(double x, double y) {
            return locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
        }

        private void indexEdges(Coordinate[] ring) {
            for (int i = 1; i < ring.length; i++) {
                Coordinate[] edge = {ring[i - 1], ring[i]};
                edges.insert(new Envelope(edge[0], edge[1]), edge);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Polygon that && outer.equals(that.outer) && holes.equals(that.holes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(outer, holes);
        }

        @Override
        public String toString() {
            return "Polygon[outer=" + outer + ", holes=" + holes + "]";
        }

        private static Coordinate[] unwrap(List<GeoPoint> ring, int number, @Nullable Envelope shell) {
            String name = ringName(number);
            if (ring.size() < 4) {
                throw new IllegalArgumentException(name + " has " + ring.size()
                        + " position(s), a ring needs at least 4: three corners and the first repeated at the end");
            }
            for (GeoPoint point : ring) {
                Assert.notNull(point, name + " must not contain null positions");
            }
            GeoPoint first = ring.get(0);
            GeoPoint last = ring.get(ring.size() - 1);
            if (!first.equals(last)) {
                throw new IllegalArgumentException(name + " is not closed: first position " + position(first)
                        + " differs from last " + position(last) + "; repeat the first position at the end");
            }
            Coordinate[] coordinates = new Coordinate[ring.size()];
            // count whole turns rather than add up steps, so that rounding never opens a closed ring
            int turns = 0;
            coordinates[0] = new Coordinate(first.longitude(), first.latitude());
            for (int i = 1; i < ring.size(); i++) {
                double step = ring.get(i).longitude() - ring.get(i - 1).longitude();
                if (step > 180) {
                    turns--;
                } else if (step < -180) {
                    turns++;
                }
                coordinates[i] = new Coordinate(
                        ring.get(i).longitude() + 360.0 * turns, ring.get(i).latitude());
            }
            if (turns != 0) {
                throw new IllegalArgumentException(name
                        + " goes all the way round a pole; a zone must not contain a pole, split it into zones"
                        + " that each stay on one side");
            }
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double sumX = 0;
            for (Coordinate c : coordinates) {
                minX = Math.min(minX, c.x);
                maxX = Math.max(maxX, c.x);
                sumX += c.x;
            }
            double shift;
            if (shell == null) {
                // normalise so that the westernmost longitude lies in [-180, 180)
                shift = -360.0 * Math.floor((minX + 180) / 360);
            } else {
                // a hole is written with plain longitudes: move it to the turn where the outer ring lies
                double centre = sumX / coordinates.length;
                double shellCentre = (shell.getMinX() + shell.getMaxX()) / 2;
                shift = 360.0 * Math.round((shellCentre - centre) / 360);
            }
            if (shift != 0) {
                for (Coordinate c : coordinates) {
                    c.x += shift;
                }
            }
            return coordinates;
        }

        private static boolean onOneLine(Coordinate[] ring) {
            Coordinate first = ring[0];
            Coordinate other = null;
            for (Coordinate c : ring) {
                if (!c.equals2D(first)) {
                    other = c;
                    break;
                }
            }
            if (other == null) {
                return true;
            }
            for (Coordinate c : ring) {
                if (Orientation.index(first, other, c) != Orientation.COLLINEAR) {
                    return false;
                }
            }
            return true;
        }

        private static String describe(TopologyValidationError error) {
            Coordinate at = error.getCoordinate();
            String near = at == null ? "" : " near " + position(at.y, normaliseLongitude(at.x));
            switch (error.getErrorType()) {
                case TopologyValidationError.SELF_INTERSECTION:
                case TopologyValidationError.RING_SELF_INTERSECTION:
                    return "polygon edges cross each other" + near + "; draw the outline so that no two edges cross";
                case TopologyValidationError.HOLE_OUTSIDE_SHELL:
                    return "a polygon hole lies outside the outer ring" + near + "; holes must be inside the outline";
                case TopologyValidationError.NESTED_HOLES:
                    return "a polygon hole lies inside another hole" + near + "; holes must not overlap";
                case TopologyValidationError.DISCONNECTED_INTERIOR:
                    return "polygon holes cut the zone into separate parts" + near + "; send each part as its own zone";
                case TopologyValidationError.TOO_FEW_POINTS:
                    return "a polygon ring has fewer than 3 distinct corners" + near;
                default:
                    return "polygon is not valid: " + error.getMessage().toLowerCase(Locale.ROOT) + near;
            }
        }

        private static String ringName(int number) {
            return number == 1
                    ? "polygon ring 1 (outer ring)"
                    : "polygon ring " + number + " (hole " + (number - 1) + ")";
        }

        private static double normaliseLongitude(double x) {
            double lon = x - 360.0 * Math.floor((x + 180) / 360);
            return lon == -180 && x > 0 ? 180 : lon;
        }
    }

    private static String position(GeoPoint point) {
        return position(point.latitude(), point.longitude());
    }

    private static String position(double latitude, double longitude) {
        return "[" + format(longitude) + ", " + format(latitude) + "]";
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
