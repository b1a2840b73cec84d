package org.bulwark.demo;

import java.util.List;
import org.bulwark.geo.GeoPoint;

/**
 * The geography of Port Alder, a fictional port on the Lincolnshire coast of England: eight districts laid out in
 * kilometres east and north of the Old Town, a coastline the city never crosses, and the density of places.
 */
final class PortAlderMap {

    static final double CENTRE_LATITUDE = 53.3100;
    static final double CENTRE_LONGITUDE = 0.2500;

    private static final double KM_PER_DEGREE_LATITUDE = 111.32;
    private static final double KM_PER_DEGREE_LONGITUDE =
            KM_PER_DEGREE_LATITUDE * StrictMath.cos(StrictMath.toRadians(CENTRE_LATITUDE));

    /** City limits in kilometres from the centre. */
    static final double WEST_KM = -15.0;

    static final double SOUTH_KM = -9.5;
    static final double NORTH_KM = 9.5;

    /** No site closer than this to the shoreline: the beach and the tidal flats are not built on. */
    private static final double SHORE_MARGIN_KM = 0.35;

    /** Shoreline as (latitude, longitude) points from south to north; the sea lies east of it. */
    private static final double[][] SHORELINE = {
        {53.2200, 0.3440}, {53.3137, 0.2840}, {53.3406, 0.2650}, {53.4000, 0.2080}
    };

    /**
     * One district: centre in kilometres, spread of its places, its share of places in the demo (curated) and at
     * scale, the local names that places are named after, and its streets. Centres are chosen so that each lies
     * well inside its own nearest-centre cell.
     */
    record DistrictPlan(
            String name,
            String character,
            double xKm,
            double yKm,
            double spreadKm,
            double demoWeight,
            double scaleWeight,
            List<String> localities,
            List<String> streets) {}

    static final List<DistrictPlan> DISTRICTS = List.of(
            new DistrictPlan(
                    "Old Town",
                    "The medieval core around the cathedral and the castle: theatres, the central station, the"
                            + " market hall and the busiest night-time economy.",
                    0.0,
                    0.0,
                    0.85,
                    0.20,
                    0.0045,
                    List.of("Castle Hill", "Cathedral", "Guildhall", "Saltergate", "Mint Street"),
                    List.of(
                            "Castle Street",
                            "Market Place",
                            "Cathedral Close",
                            "Bridge Street",
                            "Guildhall Lane",
                            "Chapel Row",
                            "Saltergate",
                            "King's Walk",
                            "Tanner's Yard",
                            "Mint Street")),
            new DistrictPlan(
                    "Harbourside",
                    "The regenerated docks between the Old Town and the sea: the arena, the shopping centre, hotels,"
                            + " the ferry and cruise terminals.",
                    1.5,
                    -0.7,
                    0.7,
                    0.14,
                    0.004,
                    List.of("Quayside", "Fish Quay", "Chandlers Wharf", "Lighthouse", "Customs House"),
                    List.of(
                            "Quay Street",
                            "Harbour Road",
                            "Ropewalk",
                            "Dock Lane",
                            "Chandlers Wharf",
                            "Fish Quay",
                            "Lighthouse Way",
                            "Customs House Square",
                            "Netmakers Row",
                            "Anchor Street")),
            new DistrictPlan(
                    "Northgate",
                    "The Victorian inner north: the football ground, the infirmary, the synagogue and dense terraced"
                            + " streets.",
                    -0.6,
                    3.3,
                    1.3,
                    0.14,
                    0.13,
                    List.of("Foundry", "Elmfield", "Canal Side", "Victoria", "Linthorpe"),
                    List.of(
                            "Northgate",
                            "Station Road",
                            "Alder Road",
                            "Baker's Hill",
                            "Foundry Lane",
                            "Infirmary Road",
                            "Linthorpe Avenue",
                            "Victoria Terrace",
                            "Canal Street",
                            "Gasworks Lane")),
            new DistrictPlan(
                    "Westbrook",
                    "The university quarter and its student streets, the central mosque and a retail park.",
                    -4.2,
                    0.5,
                    1.8,
                    0.13,
                    0.16,
                    List.of("Brookside", "Fairfield", "Orchard", "Cedar Grove", "Mill Lane"),
                    List.of(
                            "Westbrook Road",
                            "College Avenue",
                            "University Way",
                            "Mill Lane",
                            "Cedar Grove",
                            "Brookside",
                            "Orchard Street",
                            "Fairfield Road",
                            "Beech Avenue",
                            "Paddock Lane")),
            new DistrictPlan(
                    "Ashby Vale",
                    "Working neighbourhoods south-west of the centre: schools, the gurdwara, the college and the bus"
                            + " depot.",
                    -2.4,
                    -3.4,
                    1.6,
                    0.12,
                    0.15,
                    List.of("Greenbank", "Meadow", "Hawthorn", "Kiln Lane", "Tannery"),
                    List.of(
                            "Ashby Road",
                            "Vale Crescent",
                            "Church Lane",
                            "Tannery Road",
                            "Hawthorn Drive",
                            "Meadow Street",
                            "Kiln Lane",
                            "Wesley Street",
                            "Greenbank Road",
                            "Ashby High Street")),
            new DistrictPlan(
                    "Southmere",
                    "The seaside resort: the pier, the promenade hotels, the rugby stadium and the summer festival"
                            + " beach.",
                    0.9,
                    -4.8,
                    1.6,
                    0.12,
                    0.14,
                    List.of("Seaview", "Sandpiper", "Marine", "Dunes", "Coastguard"),
                    List.of(
                            "Esplanade",
                            "Marine Parade",
                            "Pier Approach",
                            "Southmere Road",
                            "Dune Walk",
                            "Promenade",
                            "Sandpiper Way",
                            "Coastguard Lane",
                            "Bathing Lane",
                            "Seaview Terrace")),
            new DistrictPlan(
                    "Kingsley Park",
                    "Leafy outer suburbs to the north-west: the Hindu mandir, a private hospital, nurseries and the"
                            + " leisure centre.",
                    -8.0,
                    4.2,
                    2.6,
                    0.08,
                    0.17,
                    List.of("Willow", "Elm Park", "Rectory", "Sycamore", "Holly Bank"),
                    List.of(
                            "Kingsley Avenue",
                            "Parkside",
                            "Elm Drive",
                            "Rectory Lane",
                            "Kingsley Park Road",
                            "Willow Way",
                            "Sycamore Close",
                            "Lime Tree Avenue",
                            "Holly Bank",
                            "Blackthorn Road")),
            new DistrictPlan(
                    "Fenwick Moor",
                    "The open western fringe: the airport, the showground, the exhibition centre and business parks.",
                    -9.8,
                    -3.8,
                    3.0,
                    0.07,
                    0.18,
                    List.of("Heathfield", "Skylark", "Windmill", "Moorside", "Turbary"),
                    List.of(
                            "Fenwick Road",
                            "Moor Lane",
                            "Airport Way",
                            "Showground Road",
                            "Heathfield Drive",
                            "Aviation Way",
                            "Skylark Lane",
                            "Fenwick Business Park",
                            "Turbary Road",
                            "Windmill Lane")));

    private PortAlderMap() {}

    static double latitudeOf(double yKm) {
        return CENTRE_LATITUDE + yKm / KM_PER_DEGREE_LATITUDE;
    }

    static double longitudeOf(double xKm) {
        return CENTRE_LONGITUDE + xKm / KM_PER_DEGREE_LONGITUDE;
    }

    static double xKmOf(double longitude) {
        return (longitude - CENTRE_LONGITUDE) * KM_PER_DEGREE_LONGITUDE;
    }

    static double yKmOf(double latitude) {
        return (latitude - CENTRE_LATITUDE) * KM_PER_DEGREE_LATITUDE;
    }

    /** The longitude of the shoreline at a latitude, interpolated between the surveyed points. */
    static double shoreLongitudeAt(double latitude) {
        for (int i = 1; i < SHORELINE.length; i++) {
            if (latitude <= SHORELINE[i][0] || i == SHORELINE.length - 1) {
                double[] a = SHORELINE[i - 1];
                double[] b = SHORELINE[i];
                return a[1] + (latitude - a[0]) * (b[1] - a[1]) / (b[0] - a[0]);
            }
        }
        throw new IllegalStateException("the shoreline has at least two points");
    }

    /** Whether a point in kilometres is inside the city limits and on land. */
    static boolean inCity(double xKm, double yKm) {
        if (xKm < WEST_KM || yKm < SOUTH_KM || yKm > NORTH_KM) {
            return false;
        }
        double shoreKm = xKmOf(shoreLongitudeAt(latitudeOf(yKm)));
        return xKm <= shoreKm - SHORE_MARGIN_KM;
    }

    static DemoBounds bounds() {
        double east = StrictMath.max(shoreLongitudeAt(latitudeOf(SOUTH_KM)), shoreLongitudeAt(latitudeOf(NORTH_KM)));
        return new DemoBounds(latitudeOf(SOUTH_KM), longitudeOf(WEST_KM), latitudeOf(NORTH_KM), east);
    }

    /** Index of the district whose centre is nearest; a district is the set of points nearest to its centre. */
    static int districtIndexAt(double xKm, double yKm) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < DISTRICTS.size(); i++) {
            DistrictPlan district = DISTRICTS.get(i);
            double dx = xKm - district.xKm();
            double dy = yKm - district.yKm();
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /**
     * A position in the district, drawn around its centre with the district's spread and kept inside the district,
     * the city limits and the land; rounded to six decimals (about 0.1 m).
     */
    static GeoPoint positionIn(int districtIndex, DemoRandom random) {
        DistrictPlan district = DISTRICTS.get(districtIndex);
        for (int attempt = 0; attempt < 200; attempt++) {
            GeoPoint candidate = point(
                    district.xKm() + district.spreadKm() * random.nextGaussian(),
                    district.yKm() + district.spreadKm() * random.nextGaussian());
            // checked after rounding, so that the stored position itself is in the district
            double x = xKmOf(candidate.longitude());
            double y = yKmOf(candidate.latitude());
            if (inCity(x, y) && districtIndexAt(x, y) == districtIndex) {
                return candidate;
            }
        }
        // practically unreachable; the centre itself is always a valid position of its district
        return point(district.xKm(), district.yKm());
    }

    static GeoPoint point(double xKm, double yKm) {
        return new GeoPoint(round6(latitudeOf(yKm)), round6(longitudeOf(xKm)));
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
