package org.bulwark.reporting.internal;

import org.bulwark.geo.GeoPoint;

/** Points at a chosen great-circle distance from another, for tests of distances. */
final class Places {

    private Places() {}

    /** The point reached from (latitude, longitude) by going the distance on the given bearing, in degrees. */
    static GeoPoint offset(double latitude, double longitude, double metres, double bearingDegrees) {
        double delta = metres / GeoPoint.EARTH_RADIUS_METRES;
        double theta = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(latitude);
        double lambda1 = Math.toRadians(longitude);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
        double lambda2 = lambda1
                + Math.atan2(
                        Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                        Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        double lon = Math.toDegrees(lambda2);
        lon = ((lon + 540) % 360) - 180;
        return new GeoPoint(Math.toDegrees(phi2), lon);
    }
}
