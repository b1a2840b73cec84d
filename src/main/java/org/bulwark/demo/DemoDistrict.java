package org.bulwark.demo;

import java.util.List;
import org.bulwark.geo.GeoPoint;

/**
 * A district of the demo city; it is also the region of the organisations based there.
 *
 * @param name the district's name, also used as region, never null
 * @param character one sentence on what the district is like, never null
 * @param centre the point the district is drawn around; a point belongs to the district with the nearest centre
 * @param streets the street names used for addresses in the district, never empty
 */
public record DemoDistrict(String name, String character, GeoPoint centre, List<String> streets) {

    public DemoDistrict {
        streets = List.copyOf(streets);
    }
}
