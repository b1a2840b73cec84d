package org.bulwark.geo;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * H3 cells of points. Every stored position carries its cell at {@link #RESOLUTION}; coarser cells are ranges
 * of those, so one indexed column answers lookups at every resolution.
 */
public final class GeoCells {

    /** The resolution of the cell stored with every site (about 66 m edge). */
    public static final int RESOLUTION = 10;

    private static final H3Core H3 = load();

    private GeoCells() {}

    /** The resolution-10 cell of a point; never fails for a valid point. */
    public static long cellOf(GeoPoint point) {
        return H3.latLngToCell(point.latitude(), point.longitude(), RESOLUTION);
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
