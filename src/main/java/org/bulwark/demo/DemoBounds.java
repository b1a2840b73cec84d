package org.bulwark.demo;

import org.bulwark.geo.GeoPoint;

/**
 * The rectangle, in WGS84 degrees, that holds every position of the demo city.
 *
 * @param south smallest latitude
 * @param west smallest longitude
 * @param north largest latitude
 * @param east largest longitude
 */
public record DemoBounds(double south, double west, double north, double east) {

    /** Whether the point lies in the rectangle, edges included. */
    public boolean contains(GeoPoint point) {
        return point.latitude() >= south
                && point.latitude() <= north
                && point.longitude() >= west
                && point.longitude() <= east;
    }
}
