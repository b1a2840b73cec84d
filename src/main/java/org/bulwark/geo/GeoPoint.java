package org.bulwark.geo;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param latitude between -90 and 90
 * @param longitude between -180 and 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean Earth radius (IUGG), the sphere on which every distance in Bulwark is measured. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }

    /**
     * The great-circle (haversine) distance to another point on the sphere of {@link #EARTH_RADIUS_METRES}.
     *
     * @param other must not be null
     * @return the distance in metres, between 0 and half the Earth's circumference
     */
    public double distanceMetres(GeoPoint other) {
        return distanceMetres(latitude, longitude, other.latitude, other.longitude);
    }

    static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
