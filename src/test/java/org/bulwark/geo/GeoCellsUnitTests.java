package org.bulwark.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.uber.h3core.H3Core;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeoCellsUnitTests {

    private final H3Core h3 = GeoCells.h3();

    @Test
    void everyResolution10DescendantOfACellLiesInItsRangeAndNoDescendantOfANeighbourDoes() {
        Random random = new Random(7);
        List<Long> cells = new ArrayList<>(h3.getPentagons(7));
        for (int i = 0; i < 20; i++) {
            double latitude = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            cells.add(h3.latLngToCell(latitude, random.nextDouble() * 360 - 180, 7));
        }
        for (long cell : cells) {
            CellRange range = GeoCells.rangeOf(cell);
            assertThat(h3.cellToChildren(cell, 10))
                    .allSatisfy(child -> assertThat(range.contains(child))
                            .as("child %x of %x", child, cell)
                            .isTrue());
            for (long neighbour : h3.gridDisk(cell, 1)) {
                if (neighbour != cell) {
                    assertThat(h3.cellToChildren(neighbour, 10))
                            .noneMatch(child -> range.contains(child))
                            .as("children of neighbour %x of %x", neighbour, cell);
                }
            }
        }
    }

    @Test
    void aResolution10CellsRangeHoldsThatCellOnly() {
        long cell = GeoCells.cellOf(new GeoPoint(51.5007, -0.1246));
        CellRange range = GeoCells.rangeOf(cell);
        assertThat(range.contains(cell)).isTrue();
        for (long neighbour : h3.gridDisk(cell, 2)) {
            assertThat(range.contains(neighbour)).isEqualTo(neighbour == cell);
        }
    }

    @Test
    void rangesOfAllSevenChildrenMergeIntoTheRangeOfTheirParent() {
        long parent = h3.latLngToCell(-33.86, 151.21, 6);
        List<Long> children = h3.cellToChildren(parent, 7);
        List<CellRange> merged = ZoneCovering.ranges(children);
        CellRange whole = GeoCells.rangeOf(parent);
        // one range that holds the same possible cells; it may stop short of trailing impossible indexes
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).first()).isEqualTo(whole.first());
        assertThat(ZoneCovering.nextPossibleCell(merged.get(0).last()))
                .isEqualTo(ZoneCovering.nextPossibleCell(whole.last()));
    }

    @Test
    void rangesOfCellsFarApartAreNotMerged() {
        long a = h3.latLngToCell(48.85, 2.35, 9);
        long b = h3.latLngToCell(48.95, 2.55, 9);
        assertThat(ZoneCovering.ranges(List.of(a, b))).hasSize(2);
    }

    @Test
    void aCellsRangeIsRejectedForResolutionsFinerThanTheStoredOne() {
        long fine = h3.latLngToCell(10, 10, 11);
        assertThatIllegalArgumentException().isThrownBy(() -> GeoCells.rangeOf(fine));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoCells.rangeOf(12345L))
                .withMessageContaining("not a valid H3 cell");
    }
}
