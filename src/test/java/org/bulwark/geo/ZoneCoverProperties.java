package org.bulwark.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The cover answer (inner cells as they are, the exact test in border cells only) must equal the exact test on
 * every point, for circles and polygons anywhere on Earth, on and a hair off their boundaries.
 */
class ZoneCoverProperties {

    @Property(tries = 250)
    void coverOfACircleGivesTheSameAnswerAsTheExactTest(@ForAll("circles") Zone.Circle circle, @ForAll long seed) {
        assertCoverAgrees(circle, seed);
    }

    @Property(tries = 250)
    void coverOfAPolygonGivesTheSameAnswerAsTheExactTest(@ForAll("polygons") Zone.Polygon polygon, @ForAll long seed) {
        assertCoverAgrees(polygon, seed);
    }

    private static void assertCoverAgrees(Zone zone, long seed) {
        ZoneCover cover = GeoCells.cover(zone);
        for (GeoPoint probe : ZoneSamples.probes(zone, new Random(seed), 150)) {
            boolean exact = zone.contains(probe);
            ZoneCover.Part part = cover.partOf(GeoCells.cellOf(probe));
            Statistics.label("part").collect(part, exact ? "inside" : "outside");
            assertThat(cover.contains(probe))
                    .as("%s at %s (cell part %s) in %s", exact ? "inside" : "outside", probe, part, zone)
                    .isEqualTo(exact);
        }
    }

    @Provide
    Arbitrary<Zone.Circle> circles() {
        Arbitrary<Double> radii = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.doubles().between(0.5, 500).ofScale(9)),
                Tuple.of(4, Arbitraries.doubles().between(500, 5_000).ofScale(9)),
                Tuple.of(
                        1,
                        Arbitraries.doubles()
                                .between(5_000, Zone.Circle.MAX_RADIUS_METRES)
                                .ofScale(9)));
        return Combinators.combine(centres(), radii).as(Zone.Circle::new);
    }

    @Provide
    Arbitrary<Zone.Polygon> polygons() {
        Arbitrary<Zone.Polygon> stars = Combinators.combine(
                        centres(),
                        Arbitraries.integers().between(3, 40),
                        Arbitraries.doubles().between(50, 30_000).ofScale(9),
                        Arbitraries.of(true, false),
                        Arbitraries.longs())
                .as(ZoneSamples::star);
        Arbitrary<Zone.Polygon> rectangles = Combinators.combine(
                        Arbitraries.doubles().between(-89.5, 88.5).ofScale(9),
                        longitudes(),
                        Arbitraries.doubles().between(0.0005, 1).ofScale(9),
                        Arbitraries.doubles().between(0.0005, 2).ofScale(9))
                .as((south, west, height, width) -> ZoneSamples.rectangle(
                        south,
                        west,
                        south + height,
                        ZoneSamples.point(0, west + width).longitude()));
        return Arbitraries.frequencyOf(Tuple.of(3, stars), Tuple.of(1, rectangles));
    }

    private static Arbitrary<GeoPoint> centres() {
        Arbitrary<Double> latitudes = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.doubles().between(-80, 80).ofScale(9)),
                Tuple.of(1, Arbitraries.doubles().between(80, 90).ofScale(9)),
                Tuple.of(1, Arbitraries.doubles().between(-90, -80).ofScale(9)));
        return Combinators.combine(latitudes, longitudes()).as(GeoPoint::new);
    }

    private static Arbitrary<Double> longitudes() {
        // a third of the zones sit on or near the antimeridian
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-180, 180).ofScale(9)),
                Tuple.of(1, Arbitraries.doubles().between(179, 180).ofScale(9)),
                Tuple.of(1, Arbitraries.doubles().between(-180, -179).ofScale(9)));
    }
}
