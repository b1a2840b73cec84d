package org.bulwark.files;

/**
 * Where a photo was taken, as its camera recorded it: a WGS84 position in decimal degrees.
 *
 * @param latitude between -90 and 90, south negative
 * @param longitude between -180 and 180, west negative
 */
public record PhotoLocation(double latitude, double longitude) {

    public PhotoLocation {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }
}
