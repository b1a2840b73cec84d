package org.bulwark.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneUnitTests {

    @Test
    void aCircleHoldsPointsUpToItsRadiusMeasuredOnTheGreatCircle() {
        GeoPoint centre = new GeoPoint(51.5007, -0.1246);
        Zone.Circle circle = Zone.circle(centre, 1_000);
        assertThat(circle.contains(centre)).isTrue();
        assertThat(circle.contains(ZoneSamples.destination(centre, 37, 999.99))).isTrue();
        assertThat(circle.contains(ZoneSamples.destination(centre, 37, 1_000.01)))
                .isFalse();
    }

    @Test
    void distancesUseTheMeanEarthRadius() {
        // one degree of longitude on the equator is 2πR/360
        double oneDegree = new GeoPoint(0, 0).distanceMetres(new GeoPoint(0, 1));
        assertThat(oneDegree).isCloseTo(2 * Math.PI * 6_371_008.8 / 360, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aCircleAcrossTheAntimeridianHoldsPointsOnBothSides() {
        Zone.Circle circle = Zone.circle(new GeoPoint(0, 179.999), 1_000);
        assertThat(circle.contains(new GeoPoint(0, -179.995))).isTrue();
        assertThat(circle.contains(new GeoPoint(0, -179.98))).isFalse();
    }

    @Test
    void aCircleRadiusMustBePositiveAndAtMostOneHundredKilometres() {
        GeoPoint centre = new GeoPoint(0, 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.circle(centre, 0))
                .withMessage("circle radius must be greater than 0 metres, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.circle(centre, Double.NaN))
                .withMessageContaining("greater than 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.circle(centre, 100_000.5))
                .withMessageContaining("at most 100000 metres");
        assertThat(Zone.circle(centre, 100_000).radiusMetres()).isEqualTo(100_000);
    }

    @Test
    void aPolygonHoldsItsInteriorItsEdgesAndItsVerticesButNotItsHoles() {
        Zone.Polygon square =
                new Zone.Polygon(ring(0, 0, 0, 2, 2, 2, 2, 0), List.of(ring(0.5, 0.5, 0.5, 1, 1, 1, 1, 0.5)));
        assertThat(square.contains(new GeoPoint(1.5, 1.5))).isTrue();
        assertThat(square.contains(new GeoPoint(0, 0))).as("vertex").isTrue();
        assertThat(square.contains(new GeoPoint(0, 1.3))).as("edge").isTrue();
        assertThat(square.contains(new GeoPoint(0.75, 0.75))).as("hole").isFalse();
        assertThat(square.contains(new GeoPoint(0.5, 0.75))).as("hole edge").isTrue();
        assertThat(square.contains(new GeoPoint(-0.0000001, 1))).isFalse();
        assertThat(square.contains(new GeoPoint(2.1, 1))).isFalse();
    }

    @Test
    void aPolygonWhoseEdgesJumpMoreThan180DegreesCrossesTheAntimeridian() {
        Zone.Polygon pacific = Zone.polygon(ring(-10, 179, -10, -179, -8, -179, -8, 179));
        assertThat(pacific.contains(new GeoPoint(-9, 179.5))).isTrue();
        assertThat(pacific.contains(new GeoPoint(-9, -179.5))).isTrue();
        assertThat(pacific.contains(new GeoPoint(-9, 180))).isTrue();
        assertThat(pacific.contains(new GeoPoint(-9, -180))).isTrue();
        assertThat(pacific.contains(new GeoPoint(-9, 0)))
                .as("the other way round the Earth")
                .isFalse();
        assertThat(pacific.contains(new GeoPoint(-9, 178.9))).isFalse();
    }

    @Test
    void aPolygonWithAHoleAcrossTheAntimeridianKeepsTheHoleOut() {
        Zone.Polygon ring = new Zone.Polygon(
                ring(-10, 178, -10, -178, -6, -178, -6, 178),
                List.of(ring(-9, 179.5, -9, -179.5, -7, -179.5, -7, 179.5)));
        assertThat(ring.contains(new GeoPoint(-8, 180))).isFalse();
        assertThat(ring.contains(new GeoPoint(-8, 178.5))).isTrue();
        assertThat(ring.contains(new GeoPoint(-8, -178.5))).isTrue();
    }

    @Test
    void aRingThatIsNotClosedIsRejectedWithBothEnds() {
        List<GeoPoint> open = List.of(new GeoPoint(0, 0), new GeoPoint(0, 1), new GeoPoint(1, 1), new GeoPoint(1, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.polygon(open))
                .withMessage(
                        "polygon ring 1 (outer ring) is not closed: first position [0, 0] differs from last [0, 1];"
                                + " repeat the first position at the end");
    }

    @Test
    void aRingNeedsFourPositions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.polygon(List.of(new GeoPoint(0, 0), new GeoPoint(1, 1), new GeoPoint(0, 0))))
                .withMessageStartingWith("polygon ring 1 (outer ring) has 3 position(s), a ring needs at least 4");
    }

    @Test
    void aSelfIntersectingPolygonIsRejectedWithThePlaceOfTheCrossing() {
        // a bow tie: the edges cross at [1, 1]
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.polygon(ring(0, 0, 2, 2, 2, 0, 0, 2)))
                .withMessage("polygon edges cross each other near [1, 1]; draw the outline so that no two edges cross");
    }

    @Test
    void aFlatPolygonIsRejectedAsHavingNoArea() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.polygon(ring(0, 0, 0, 1, 0, 2)))
                .withMessage("polygon has no area: its positions lie on one line");
    }

    @Test
    void aHoleOutsideTheOuterRingIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone.Polygon(ring(0, 0, 0, 1, 1, 1, 1, 0), List.of(ring(5, 5, 5, 6, 6, 6, 6, 5))))
                .withMessageStartingWith("a polygon hole lies outside the outer ring");
    }

    @Test
    void aPolygonAroundAPoleIsRejected() {
        List<GeoPoint> around = new ArrayList<>();
        for (int lon = -180; lon < 180; lon += 90) {
            around.add(new GeoPoint(85, lon));
        }
        around.add(around.get(0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.polygon(around))
                .withMessageContaining("goes all the way round a pole");
    }

    @Test
    void aPolygonWithoutAreaIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Zone.polygon(ring(0, 0, 1, 1, 2, 2)));
    }

    @Test
    void aPolygonHasAtMostOneThousandPositions() {
        assertThat(Zone.polygon(circleOf(999)).contains(new GeoPoint(0, 0))).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Zone.polygon(circleOf(1_000)))
                .withMessage("polygon has 1001 positions, at most 1000 are allowed; simplify the outline");
    }

    private static List<GeoPoint> circleOf(int corners) {
        List<GeoPoint> outline = new ArrayList<>();
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners;
            outline.add(new GeoPoint(Math.sin(angle), Math.cos(angle)));
        }
        outline.add(outline.get(0));
        return outline;
    }

    /** A closed ring from latitude, longitude pairs. */
    static List<GeoPoint> ring(double... latitudeLongitude) {
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < latitudeLongitude.length; i += 2) {
            ring.add(new GeoPoint(latitudeLongitude[i], latitudeLongitude[i + 1]));
        }
        ring.add(ring.get(0));
        return ring;
    }
}
