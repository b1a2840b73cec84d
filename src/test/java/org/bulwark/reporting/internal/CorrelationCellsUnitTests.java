package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bulwark.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class CorrelationCellsUnitTests {

    @Test
    void everyPointWithinTheRadiusLiesInACellAroundTheCentre() {
        Random random = new Random(9);
        for (int place = 0; place < 60; place++) {
            // anywhere from the tropics to the far north, the antimeridian included
            double latitude = random.nextDouble() * 140 - 70;
            double longitude = place == 0 ? 179.999 : random.nextDouble() * 360 - 180;
            Set<Long> cells = new HashSet<>(CorrelationCells.around(latitude, longitude, 500));
            for (int probe = 0; probe < 400; probe++) {
                double distance = 500 * Math.sqrt(random.nextDouble());
                GeoPoint point = Places.offset(latitude, longitude, distance, random.nextDouble() * 360);
                assertThat(cells)
                        .as("a point %.0f m from (%f, %f)", distance, latitude, longitude)
                        .contains(CorrelationCells.cellOf(point.latitude(), point.longitude()));
            }
        }
    }

    @Test
    void theCoverKeepsToTheCellsTheCircleTouches() {
        List<Long> cells = CorrelationCells.around(51.5, -0.12, 500);
        // a resolution-9 cell is about 0.1 km²; the circle about 0.8 km², and cells cut by its edge add some
        assertThat(cells).hasSizeBetween(10, 45);
        assertThat(new HashSet<>(cells)).hasSameSizeAs(cells);
    }
}
