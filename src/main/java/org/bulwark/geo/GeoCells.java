package org.bulwark.geo;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.util.Assert;

/**
 * H3 cells of points. Every stored position carries its cell at {@link #RESOLUTION}; coarser cells are ranges
 * of those, so one indexed column answers lookups at every resolution.
 */
public final class GeoCells {

    /** The resolution of the cell stored with every site (about 66 m edge). */
    public static final int RESOLUTION = 10;

    private static final long RESOLUTION_BITS = 0xFL << 52;

    private static final H3Core H3 = load();

    private GeoCells() {}

    /** The resolution-10 cell of a point; never fails for a valid point. */
    public static long cellOf(GeoPoint point) {
        return H3.latLngToCell(point.latitude(), point.longitude(), RESOLUTION);
    }

    /**
     * The index range that holds every resolution-10 descendant of a cell. H3 writes a cell as mode, resolution,
     * base cell and one 3-bit digit per resolution, the unused trailing digits set to 7; the descendants of a cell
     * share its base cell and leading digits and differ only in the trailing ones, so they are one interval of
     * resolution-10 indexes. The interval also holds numbers that are not valid cells (with a digit 7); no site
     * ever stores those.
     *
     * @param cell a valid H3 cell at resolution 0 to 10
     * @return never null; for a resolution-10 cell, a range that holds that cell only
     */
    public static CellRange rangeOf(long cell) {
        if (!H3.isValidCell(cell)) {
            throw new IllegalArgumentException(Long.toHexString(cell) + " is not a valid H3 cell");
        }
        int resolution = H3.getResolution(cell);
        Assert.isTrue(resolution <= RESOLUTION, () -> "cell resolution must be at most " + RESOLUTION);
        long freeDigits = (1L << (3 * (15 - resolution))) - 1;
        long first = ((cell & ~RESOLUTION_BITS) | ((long) RESOLUTION << 52)) & ~freeDigits;
        return new CellRange(first, first | freeDigits);
    }

    /**
     * The cells that a zone touches, split into cells proven inside and border cells that need the exact test.
     *
     * @param zone must not be null
     * @return never null
     */
    public static ZoneCover cover(Zone zone) {
        Assert.notNull(zone, "zone must not be null");
        return new ZoneCovering(zone).cover();
    }

    static H3Core h3() {
        return H3;
    }

    private static H3Core load() {
        try {
            return H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("the H3 native library could not be loaded", e);
        }
    }
}
