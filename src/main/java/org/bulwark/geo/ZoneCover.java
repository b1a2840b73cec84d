package org.bulwark.geo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.Assert;

/**
 * The resolution-10 cells that a zone touches, as short sorted lists of index ranges: every point whose cell lies
 * in an {@link #inner()} range is inside the zone, every point inside the zone has its cell in an inner or a
 * {@link #border()} range, and points in border cells need the exact {@link Zone#contains(GeoPoint)} test.
 *
 * @param zone the zone covered
 * @param inner ranges of cells proven to lie entirely inside the zone, sorted and disjoint
 * @param border ranges of cells that may hold points inside the zone, sorted and disjoint
 */
public record ZoneCover(Zone zone, List<CellRange> inner, List<CellRange> border) {

    /** Where a cell stands with respect to a zone. */
    public enum Part {
        /** every point of the cell is inside the zone */
        INNER,
        /** points of the cell may be inside or outside: test each one */
        BORDER,
        /** no point of the cell is inside the zone */
        OUTSIDE
    }

    public ZoneCover {
        Assert.notNull(zone, "zone must not be null");
        Assert.notNull(inner, "inner must not be null");
        Assert.notNull(border, "border must not be null");
        inner = List.copyOf(inner);
        border = List.copyOf(border);
    }

    /**
     * Inner and border ranges together, sorted and merged where only impossible indexes lie between them: the
     * shortest list of ranges that holds every candidate cell.
     */
    public List<CellRange> candidates() {
        List<CellRange> all = new ArrayList<>(inner.size() + border.size());
        all.addAll(inner);
        all.addAll(border);
        return ZoneCovering.merge(all);
    }

    /** The number of ranges, inner and border together. */
    public int rangeCount() {
        return inner.size() + border.size();
    }

    /**
     * Where a resolution-10 cell ({@link GeoCells#cellOf(GeoPoint)}) stands.
     *
     * @return never null
     */
    public Part partOf(long cell) {
        if (anyContains(inner, cell)) {
            return Part.INNER;
        }
        return anyContains(border, cell) ? Part.BORDER : Part.OUTSIDE;
    }

    /**
     * Whether a point is in the zone, answered from the cover and, in border cells only, the exact test; always
     * the same answer as {@link Zone#contains(GeoPoint)}.
     */
    public boolean contains(GeoPoint point) {
        Part part = partOf(GeoCells.cellOf(point));
        return part == Part.INNER || (part == Part.BORDER && zone.contains(point));
    }

    private static boolean anyContains(List<CellRange> ranges, long cell) {
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CellRange range = ranges.get(middle);
            if (cell < range.first()) {
                high = middle - 1;
            } else if (cell > range.last()) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
