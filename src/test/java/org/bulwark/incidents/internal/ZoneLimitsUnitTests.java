package org.bulwark.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.junit.jupiter.api.Test;

class ZoneLimitsUnitTests {

    private final ZoneLimits limits = new ZoneLimits(10, 50_000, 100, 2_500);

    @Test
    void theAreaOfOneDegreeSquareAtTheEquatorIsAbout12364SquareKilometresEitherWayRound() {
        List<GeoPoint> ring = List.of(
                new GeoPoint(0, 0), new GeoPoint(0, 1), new GeoPoint(1, 1), new GeoPoint(1, 0), new GeoPoint(0, 0));

        assertThat(ZoneLimits.ringArea(ring) / 1e6).isCloseTo(12_364, within(15.0));
        assertThat(ZoneLimits.ringArea(reversed(ring)) / 1e6).isCloseTo(12_364, within(15.0));
    }

    @Test
    void aPolygonAcrossTheAntimeridianIsMeasuredTheShortWayRound() {
        Zone.Polygon polygon = Zone.polygon(List.of(
                new GeoPoint(0, 179.9),
                new GeoPoint(0, -179.9),
                new GeoPoint(0.2, -179.9),
                new GeoPoint(0.2, 179.9),
                new GeoPoint(0, 179.9)));

        assertThat(ZoneLimits.area(polygon) / 1e6).isCloseTo(0.2 * 0.2 * 12_364, within(5.0));
        assertThat(limits.problem(polygon)).isNull();
    }

    @Test
    void holesAreTakenOffTheArea() {
        Zone.Polygon polygon = new Zone.Polygon(
                List.of(
                        new GeoPoint(0, 0),
                        new GeoPoint(0, 0.1),
                        new GeoPoint(0.1, 0.1),
                        new GeoPoint(0.1, 0),
                        new GeoPoint(0, 0)),
                List.of(List.of(
                        new GeoPoint(0.02, 0.02),
                        new GeoPoint(0.02, 0.08),
                        new GeoPoint(0.08, 0.08),
                        new GeoPoint(0.08, 0.02),
                        new GeoPoint(0.02, 0.02))));

        assertThat(ZoneLimits.area(polygon) / 1e6).isCloseTo(0.64 * 123.64, within(0.5));
    }

    @Test
    void circlesOutsideTheRadiiAreRefusedAndThoseOnTheLimitsAccepted() {
        GeoPoint centre = new GeoPoint(51.5, -0.1);

        assertThat(limits.problem(Zone.circle(centre, 10))).isNull();
        assertThat(limits.problem(Zone.circle(centre, 50_000))).isNull();
        assertThat(limits.problem(Zone.circle(centre, 9.9))).contains("at least 10 metres");
        assertThat(limits.problem(Zone.circle(centre, 50_001))).contains("at most 50000 metres");
    }

    @Test
    void settingsThatContradictThemselvesAreRefusedAtStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ZoneLimits(100, 10, 100, 2_500));
        assertThatIllegalArgumentException().isThrownBy(() -> new ZoneLimits(10, 200_000, 100, 2_500));
        assertThatIllegalArgumentException().isThrownBy(() -> new ZoneLimits(10, 50_000, 0, 2_500));
    }

    private static List<GeoPoint> reversed(List<GeoPoint> ring) {
        List<GeoPoint> copy = new java.util.ArrayList<>(ring);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
