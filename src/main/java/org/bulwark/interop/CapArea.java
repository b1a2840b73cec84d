package org.bulwark.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.springframework.util.Assert;

/**
 * An area of a CAP message: its description and its shapes in CAP's notation, WGS84 latitude before longitude.
 *
 * @param description a text description of the area
 * @param polygons closed rings, each {@code "lat,lon lat,lon ..."} with the first pair repeated at the end
 * @param circles each {@code "lat,lon radius"} with the radius in kilometres
 */
public record CapArea(String description, List<String> polygons, List<String> circles) {

    public CapArea {
        Assert.hasText(description, "area description must not be empty");
        polygons = List.copyOf(polygons);
        circles = List.copyOf(circles);
    }

    /**
     * An area made of zones: each circle becomes a CAP circle and each polygon a CAP polygon of its outer ring. CAP
     * has no holes, so a polygon's holes are left out: the area then covers more than the zone, never less.
     *
     * @param description must not be empty
     * @param zones must not be null
     */
    public static CapArea of(String description, List<Zone> zones) {
        Assert.notNull(zones, "zones must not be null");
        List<String> polygons = new ArrayList<>();
        List<String> circles = new ArrayList<>();
        for (Zone zone : zones) {
            if (zone instanceof Zone.Circle circle) {
                circles.add(circle(circle));
            } else {
                polygons.add(polygon((Zone.Polygon) zone));
            }
        }
        return new CapArea(description, polygons, circles);
    }

    /** {@code "lat,lon radius_km"} */
    static String circle(Zone.Circle circle) {
        return pair(circle.centre()) + " " + decimal(circle.radiusMetres() / 1000, 3);
    }

    /** {@code "lat,lon lat,lon ..."}, closed as the zone's outer ring is. */
    static String polygon(Zone.Polygon polygon) {
        return polygon.outer().stream().map(CapArea::pair).collect(Collectors.joining(" "));
    }

    private static String pair(GeoPoint point) {
        return decimal(point.latitude(), 6) + "," + decimal(point.longitude(), 6);
    }

    private static String decimal(double value, int places) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        // never "1E+1": CAP wants plain decimals
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
