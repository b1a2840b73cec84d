package org.bulwark.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What kinds of crowded places Port Alder has, its landmarks, and how ordinary places are named. */
final class SiteCatalogue {

    private SiteCatalogue() {}

    /**
     * A use type with its usual sector, capacity range, opening hours, how many of them the demo has, how common
     * they are at scale, and how often such premises are run by an organisation outside the network.
     */
    record UseType(
            String code,
            String sector,
            int minCapacity,
            int maxCapacity,
            String hours,
            int demoCount,
            double scaleWeight,
            double independentShare,
            boolean centreHeavy,
            List<String> districts) {}

    /** A named place of the demo with fixed operator and capacity. */
    record Landmark(
            String name, String useType, String sector, String district, int capacity, String organisationKey) {}

    /**
     * A drafted place before it gets a position: name, sector, capacity range, hours and, when the name implies
     * them, its operator and its street.
     */
    record Draft(
            String name,
            String sector,
            int minCapacity,
            int maxCapacity,
            String hours,
            @Nullable String organisationKey,
            boolean independent,
            @Nullable String street) {}

    private static final List<String> ANY = List.of();

    static final List<UseType> USE_TYPES = List.of(
            new UseType(
                    "stadium",
                    "stadia-arenas",
                    3000,
                    32000,
                    "Match and event days only; turnstiles open 2 hours before kick-off",
                    3,
                    0.02,
                    0.3,
                    false,
                    List.of("Northgate", "Southmere", "Kingsley Park", "Fenwick Moor", "Ashby Vale")),
            new UseType(
                    "arena",
                    "stadia-arenas",
                    1500,
                    12000,
                    "Event days 17:00-23:30; box office Mon-Sat 10:00-18:00",
                    3,
                    0.04,
                    0.3,
                    false,
                    ANY),
            new UseType(
                    "concert-hall",
                    "cinemas-theatres",
                    250,
                    2400,
                    "Performances Tue-Sun 19:00-23:00; box office Mon-Sat 10:00-18:00",
                    4,
                    0.3,
                    0.4,
                    true,
                    ANY),
            new UseType(
                    "theatre",
                    "cinemas-theatres",
                    60,
                    1400,
                    "Performances Tue-Sat 19:30-22:30, matinee Sat 14:30; box office Mon-Sat 10:00-20:00",
                    8,
                    0.6,
                    0.5,
                    true,
                    ANY),
            new UseType("cinema", "cinemas-theatres", 80, 1800, "Daily 10:30-23:30", 6, 0.6, 0.3, false, ANY),
            new UseType("nightclub", "night-time-economy", 120, 1600, "Thu-Sat 22:00-04:00", 12, 1.5, 0.5, true, ANY),
            new UseType(
                    "bar-pub",
                    "night-time-economy",
                    30,
                    450,
                    "Mon-Thu 12:00-23:00; Fri-Sat 12:00-01:00; Sun 12:00-22:30",
                    28,
                    12,
                    0.55,
                    true,
                    ANY),
            new UseType(
                    "restaurant",
                    "hotels-restaurants",
                    20,
                    300,
                    "Tue-Sun 12:00-15:00 and 17:30-22:30",
                    30,
                    16,
                    0.65,
                    true,
                    ANY),
            new UseType("hotel", "hotels-restaurants", 40, 1200, "Open 24 hours", 20, 4, 0.35, true, ANY),
            new UseType(
                    "shopping-centre",
                    "commercial-centres",
                    800,
                    15000,
                    "Mon-Sat 09:00-20:00; Sun 10:00-17:00",
                    6,
                    0.5,
                    0.3,
                    false,
                    ANY),
            new UseType(
                    "retail-store",
                    "retail",
                    15,
                    1200,
                    "Mon-Sat 09:00-18:00; Sun 10:00-16:00",
                    24,
                    20,
                    0.6,
                    false,
                    ANY),
            new UseType("market", "retail", 150, 3000, "Wed, Fri and Sat 07:00-16:00", 5, 0.8, 0.4, false, ANY),
            new UseType(
                    "museum",
                    "visitor-attractions",
                    40,
                    1500,
                    "Tue-Sun 10:00-17:00; closed Mondays",
                    8,
                    0.8,
                    0.4,
                    true,
                    ANY),
            new UseType(
                    "visitor-attraction",
                    "visitor-attractions",
                    50,
                    5000,
                    "Daily 10:00-18:00 from April to October; 10:00-16:00 from November to March",
                    10,
                    2,
                    0.4,
                    false,
                    ANY),
            new UseType(
                    "place-of-worship",
                    "places-of-worship",
                    25,
                    1500,
                    "Open for worship daily",
                    30,
                    5,
                    0.2,
                    false,
                    ANY),
            new UseType(
                    "school",
                    "education",
                    40,
                    1800,
                    "Term time Mon-Fri 08:00-16:00; after-school clubs until 18:00",
                    30,
                    4,
                    0.1,
                    false,
                    ANY),
            new UseType(
                    "university",
                    "education",
                    800,
                    8000,
                    "Term time Mon-Fri 08:00-21:00; Sat 09:00-17:00",
                    5,
                    0.3,
                    0.2,
                    false,
                    List.of("Westbrook", "Harbourside", "Ashby Vale")),
            new UseType("childcare", "education", 15, 140, "Mon-Fri 07:30-18:00", 10, 4, 0.5, false, ANY),
            new UseType(
                    "hospital", "health", 150, 3000, "Open 24 hours; visiting 11:00-20:00", 5, 0.25, 0.2, false, ANY),
            new UseType("station", "transport", 40, 12000, "Daily 05:00-00:30", 12, 2.5, 0.2, false, ANY),
            new UseType(
                    "airport-terminal",
                    "transport",
                    1500,
                    6000,
                    "Open 24 hours; busiest 05:00-09:00",
                    2,
                    0,
                    0.0,
                    false,
                    List.of("Fenwick Moor")),
            new UseType(
                    "office",
                    "commercial-centres",
                    30,
                    3000,
                    "Mon-Fri 07:00-19:00; staff access 24 hours",
                    20,
                    12,
                    0.5,
                    false,
                    ANY),
            new UseType(
                    "event-ground",
                    "major-events",
                    1000,
                    40000,
                    "Event days only; site build from 3 days before",
                    6,
                    0.25,
                    0.3,
                    false,
                    List.of("Fenwick Moor", "Kingsley Park", "Southmere", "Westbrook", "Old Town", "Harbourside")),
            new UseType("other", "major-events", 50, 2000, "Varies", 13, 4, 0.3, false, ANY));

    static final Map<String, UseType> BY_CODE = byCode();

    private static Map<String, UseType> byCode() {
        Map<String, UseType> map = new LinkedHashMap<>();
        for (UseType useType : USE_TYPES) {
            map.put(useType.code(), useType);
        }
        return Map.copyOf(map);
    }

    static final List<Landmark> LANDMARKS = List.of(
            new Landmark("Alder Park", "stadium", "stadia-arenas", "Northgate", 28500, "portalder-fc"),
            new Landmark("Southmere Stadium", "stadium", "stadia-arenas", "Southmere", 9800, "southmere-rfc"),
            new Landmark(
                    "Kingsley Park Athletics Stadium",
                    "stadium",
                    "stadia-arenas",
                    "Kingsley Park",
                    4200,
                    "leisure-trust"),
            new Landmark("Port Alder Arena", "arena", "stadia-arenas", "Harbourside", 11500, "alderlive"),
            new Landmark("Harbourside Ice Arena", "arena", "stadia-arenas", "Harbourside", 3200, "alderlive"),
            new Landmark("University Sports Arena", "arena", "stadia-arenas", "Westbrook", 2400, "uni-portalder"),
            new Landmark("Harbour Hall", "concert-hall", "cinemas-theatres", "Harbourside", 2200, "alderlive"),
            new Landmark("The Corn Exchange", "concert-hall", "cinemas-theatres", "Old Town", 950, "alderlive"),
            new Landmark("The Foundry", "concert-hall", "cinemas-theatres", "Northgate", 650, "foundry-venues"),
            new Landmark(
                    "St Cecilia Recital Hall", "concert-hall", "cinemas-theatres", "Westbrook", 340, "uni-portalder"),
            new Landmark(
                    "Theatre Royal Port Alder", "theatre", "cinemas-theatres", "Old Town", 1150, "lantern-theatres"),
            new Landmark("Lantern Theatre", "theatre", "cinemas-theatres", "Old Town", 480, "lantern-theatres"),
            new Landmark("Quayside Playhouse", "theatre", "cinemas-theatres", "Harbourside", 320, "alderlive"),
            new Landmark("Southmere Pavilion Theatre", "theatre", "cinemas-theatres", "Southmere", 820, "alderlive"),
            new Landmark(
                    "Harbour Point Shopping Centre",
                    "shopping-centre",
                    "commercial-centres",
                    "Harbourside",
                    12000,
                    "harbourpoint"),
            new Landmark("Northgate Centre", "shopping-centre", "commercial-centres", "Northgate", 6500, "greywell"),
            new Landmark(
                    "Westbrook Retail Park", "shopping-centre", "commercial-centres", "Westbrook", 4000, "greywell"),
            new Landmark("The Arcades", "shopping-centre", "commercial-centres", "Old Town", 2200, "harbourpoint"),
            new Landmark(
                    "Kingsley Park Shopping Village",
                    "shopping-centre",
                    "commercial-centres",
                    "Kingsley Park",
                    2500,
                    "harbourpoint"),
            new Landmark("Southmere Parade", "shopping-centre", "commercial-centres", "Southmere", 1600, "greywell"),
            new Landmark("Old Town Market Hall", "market", "retail", "Old Town", 1800, "oldtown-markets"),
            new Landmark("Fish Quay Market", "market", "retail", "Harbourside", 900, "portalder-council"),
            new Landmark("Northgate Saturday Market", "market", "retail", "Northgate", 1200, "portalder-council"),
            new Landmark(
                    "Port Alder Maritime Museum",
                    "museum",
                    "visitor-attractions",
                    "Harbourside",
                    900,
                    "portalder-museums"),
            new Landmark(
                    "Museum of Port Alder", "museum", "visitor-attractions", "Old Town", 1200, "portalder-museums"),
            new Landmark("Alder Art Gallery", "museum", "visitor-attractions", "Old Town", 450, "portalder-museums"),
            new Landmark("Old Town Gaol", "museum", "visitor-attractions", "Old Town", 180, "alder-heritage"),
            new Landmark(
                    "Fenwick Moor Aviation Museum",
                    "museum",
                    "visitor-attractions",
                    "Fenwick Moor",
                    350,
                    "alder-heritage"),
            new Landmark(
                    "Southmere Pier",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Southmere",
                    3500,
                    "seafront-attractions"),
            new Landmark(
                    "Tidewater Aquarium",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Harbourside",
                    1400,
                    "tidewater-aquarium"),
            new Landmark(
                    "Port Alder Castle",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Old Town",
                    1100,
                    "alder-heritage"),
            new Landmark(
                    "Harbour Wheel",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Harbourside",
                    480,
                    "portalder-harbour"),
            new Landmark(
                    "Golden Sands Fun Park",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Southmere",
                    2800,
                    "seafront-attractions"),
            new Landmark(
                    "Alder Botanic Gardens",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Westbrook",
                    1500,
                    "portalder-council"),
            new Landmark(
                    "Ironworks Climbing Centre",
                    "visitor-attraction",
                    "visitor-attractions",
                    "Westbrook",
                    260,
                    "ironworks-leisure"),
            new Landmark(
                    "Port Alder Cathedral",
                    "place-of-worship",
                    "places-of-worship",
                    "Old Town",
                    1400,
                    "churches-together"),
            new Landmark(
                    "St Brendan's Church",
                    "place-of-worship",
                    "places-of-worship",
                    "Northgate",
                    650,
                    "churches-together"),
            new Landmark(
                    "Port Alder Central Mosque",
                    "place-of-worship",
                    "places-of-worship",
                    "Westbrook",
                    1300,
                    "muslim-council"),
            new Landmark(
                    "Port Alder Synagogue",
                    "place-of-worship",
                    "places-of-worship",
                    "Northgate",
                    420,
                    "hebrew-congregation"),
            new Landmark(
                    "Gurdwara Sahib Ashby Vale",
                    "place-of-worship",
                    "places-of-worship",
                    "Ashby Vale",
                    900,
                    "sikh-sangat"),
            new Landmark(
                    "Shree Krishna Mandir",
                    "place-of-worship",
                    "places-of-worship",
                    "Kingsley Park",
                    700,
                    "hindu-mandir"),
            new Landmark("Port Alder Grammar School", "school", "education", "Old Town", 1100, "alder-learning"),
            new Landmark(
                    "St Brendan's Catholic High School", "school", "education", "Northgate", 1400, "stbrendans-trust"),
            new Landmark(
                    "University of Port Alder, Westbrook Campus",
                    "university",
                    "education",
                    "Westbrook",
                    7800,
                    "uni-portalder"),
            new Landmark(
                    "University of Port Alder, Harbour Campus",
                    "university",
                    "education",
                    "Harbourside",
                    5500,
                    "uni-portalder"),
            new Landmark("Port Alder Students' Union", "university", "education", "Westbrook", 1800, "uni-portalder"),
            new Landmark("University Library", "university", "education", "Westbrook", 1200, "uni-portalder"),
            new Landmark(
                    "Port Alder College, Ashby Vale Campus",
                    "university",
                    "education",
                    "Ashby Vale",
                    2600,
                    "portalder-college"),
            new Landmark("Port Alder Royal Infirmary", "hospital", "health", "Northgate", 2600, "aldercoast-health"),
            new Landmark(
                    "Alder Coast Children's Hospital", "hospital", "health", "Northgate", 650, "aldercoast-health"),
            new Landmark("Southmere General Hospital", "hospital", "health", "Southmere", 1300, "aldercoast-health"),
            new Landmark("Westbrook Community Hospital", "hospital", "health", "Westbrook", 380, "aldercoast-health"),
            new Landmark("St Luke's Private Hospital", "hospital", "health", "Kingsley Park", 260, "stlukes-hospital"),
            new Landmark("Port Alder Central Station", "station", "transport", "Old Town", 9000, "coastline-rail"),
            new Landmark("Harbourside Station", "station", "transport", "Harbourside", 1400, "aldercoast-transport"),
            new Landmark("Northgate Station", "station", "transport", "Northgate", 2200, "coastline-rail"),
            new Landmark("Westbrook Parkway Station", "station", "transport", "Westbrook", 1600, "coastline-rail"),
            new Landmark("Port Alder Bus Station", "station", "transport", "Old Town", 1800, "portalder-buses"),
            new Landmark(
                    "Fenwick Moor Airport Station", "station", "transport", "Fenwick Moor", 1200, "portalder-airport"),
            new Landmark(
                    "Port Alder Airport Terminal 1",
                    "airport-terminal",
                    "transport",
                    "Fenwick Moor",
                    4800,
                    "portalder-airport"),
            new Landmark(
                    "Port Alder Airport Terminal 2",
                    "airport-terminal",
                    "transport",
                    "Fenwick Moor",
                    2600,
                    "portalder-airport"),
            new Landmark("Meridian Tower", "office", "commercial-centres", "Old Town", 2400, "meridian-tower"),
            new Landmark("Alder Civic Centre", "office", "commercial-centres", "Old Town", 1100, "portalder-council"),
            new Landmark("Quayside Exchange", "office", "commercial-centres", "Harbourside", 1500, "greywell"),
            new Landmark(
                    "Fenwick Moor Showground", "event-ground", "major-events", "Fenwick Moor", 40000, "alder-events"),
            new Landmark(
                    "Southmere Beach Festival Site",
                    "event-ground",
                    "major-events",
                    "Southmere",
                    18000,
                    "alder-events"),
            new Landmark("Castle Hill Park", "event-ground", "major-events", "Old Town", 8000, "portalder-council"),
            new Landmark("Harbour Square", "event-ground", "major-events", "Harbourside", 6000, "portalder-council"),
            new Landmark(
                    "Victoria Park Carnival Ground",
                    "event-ground",
                    "major-events",
                    "Southmere",
                    12000,
                    "carnival-trust"),
            new Landmark(
                    "Kingsley Park Bandstand Field",
                    "event-ground",
                    "major-events",
                    "Kingsley Park",
                    2500,
                    "portalder-council"),
            new Landmark("Port Alder Ferry Terminal", "other", "transport", "Harbourside", 1600, "portalder-harbour"),
            new Landmark("Port Alder Cruise Terminal", "other", "transport", "Harbourside", 2800, "portalder-harbour"),
            new Landmark(
                    "Fenwick Moor Exhibition and Conference Centre",
                    "other",
                    "major-events",
                    "Fenwick Moor",
                    7500,
                    "fenwick-exhibition"),
            new Landmark("Central Library", "other", "visitor-attractions", "Old Town", 420, "portalder-council"),
            new Landmark(
                    "Kingsley Park Leisure Centre", "other", "stadia-arenas", "Kingsley Park", 900, "leisure-trust"));

    /** Hours for landmarks whose use type alone says too little. */
    static String landmarkHours(Landmark landmark) {
        return switch (landmark.name()) {
            case "Port Alder Ferry Terminal" -> "Daily 06:00-22:00; sailings every two hours";
            case "Port Alder Cruise Terminal" -> "Cruise call days 06:00-20:00, April to October";
            case "Fenwick Moor Exhibition and Conference Centre" -> "Event days 07:30-23:00";
            case "Central Library" -> "Mon-Sat 09:00-19:00; Sun 11:00-16:00";
            case "Kingsley Park Leisure Centre" -> "Daily 06:30-22:00";
            default ->
                landmark.useType().equals("place-of-worship")
                        ? worshipHours(landmark.organisationKey())
                        : BY_CODE.get(landmark.useType()).hours();
        };
    }

    /** Partners that commonly run a use type when the name does not say who does. */
    static final Map<String, List<String>> USUAL_OPERATORS = Map.ofEntries(
            Map.entry("stadium", List.of("leisure-trust")),
            Map.entry("arena", List.of("alderlive")),
            Map.entry("concert-hall", List.of("alderlive", "foundry-venues")),
            Map.entry("theatre", List.of("lantern-theatres", "alderlive")),
            Map.entry("nightclub", List.of("neontide", "foundry-venues")),
            Map.entry("bar-pub", List.of("neontide", "quayside-inns")),
            Map.entry("restaurant", List.of("marigold-group", "quayside-inns")),
            Map.entry("shopping-centre", List.of("harbourpoint", "greywell")),
            Map.entry("market", List.of("oldtown-markets", "portalder-council")),
            Map.entry("museum", List.of("portalder-museums", "alder-heritage")),
            Map.entry("visitor-attraction", List.of("seafront-attractions", "ironworks-leisure", "alder-heritage")),
            Map.entry("hospital", List.of("aldercoast-health")),
            Map.entry("airport-terminal", List.of("portalder-airport")),
            Map.entry("office", List.of("greywell", "meridian-tower")),
            Map.entry("event-ground", List.of("alder-events", "portalder-council", "carnival-trust")));

    private static final List<String> SAINTS = List.of(
            "Aidan",
            "Andrew",
            "Anne",
            "Augustine",
            "Bede",
            "Bride",
            "Catherine",
            "Chad",
            "Columba",
            "Cuthbert",
            "Edmund",
            "Helen",
            "Hilda",
            "Lawrence",
            "Luke",
            "Margaret",
            "Mary",
            "Michael",
            "Nicholas",
            "Oswald",
            "Patrick",
            "Peter",
            "Thomas",
            "Wilfrid");

    private static final List<String> PUBS = List.of(
            "Anchor",
            "Ferryman",
            "Mariner's Rest",
            "Gull and Compass",
            "Salt House",
            "Ropewalk Tavern",
            "Lamplighter",
            "Crown and Cushion",
            "Kestrel",
            "Plough",
            "Lighthouse Tap",
            "Old Customs House",
            "Smugglers' Den",
            "Harbour Lights",
            "Copper Kettle",
            "Black Dog",
            "Three Tuns",
            "Fisherman's Arms",
            "Tidewater Tavern",
            "Net Loft",
            "Barrel House",
            "Northern Star",
            "Jolly Sailor",
            "Wheatsheaf",
            "Coach and Horses",
            "Alder Tree",
            "Quay Tap",
            "Brewhouse",
            "Pilot Boat",
            "Drovers' Rest",
            "Eel Pie",
            "Signal Box",
            "Foghorn",
            "Cooper's Arms",
            "Bell and Bucket",
            "Green Man");

    private static final List<String> CLUBS = List.of(
            "Lighthouse",
            "Vault Nine",
            "Undertow",
            "Pulse",
            "Riptide",
            "Afterglow",
            "Echo Rooms",
            "Velvet Quay",
            "Club Meridian",
            "The Cellar",
            "Solace",
            "Static",
            "Halcyon",
            "Neon Tide",
            "Low Tide",
            "Boiler Room",
            "The Warehouse",
            "Sub Level",
            "Mirrorball",
            "Crane House");

    private static final List<String> FOOD_NAMES = List.of(
            "Marigold",
            "Olive Grove",
            "Saffron",
            "Lemongrass",
            "Casa Lua",
            "Sea Salt",
            "Little Fig",
            "Red Lantern",
            "Blue Anchovy",
            "Golden Wok",
            "Ember",
            "Juniper",
            "Copper Pot",
            "Sakura",
            "Cedar",
            "Paprika",
            "Bluefin",
            "Tamarind",
            "Laurel",
            "Baobab",
            "Pomegranate",
            "Nori",
            "Pimiento",
            "Harissa",
            "Sorrel",
            "Fishwife",
            "Driftwood");

    private static final List<String> FOOD_KINDS = List.of(
            "Kitchen",
            "Bistro",
            "Grill",
            "Brasserie",
            "Trattoria",
            "Noodle Bar",
            "Dining Rooms",
            "Canteen",
            "Seafood House",
            "Cafe",
            "Pizzeria",
            "Tapas Bar",
            "Curry House",
            "Diner");

    private static final List<String> HOTEL_NAMES = List.of(
            "Seaview",
            "Park",
            "Royal",
            "Victoria",
            "Coastguard",
            "Marine",
            "Beacon",
            "Regent",
            "Albion",
            "Clifftop",
            "Harbourmaster's House",
            "Quayside House",
            "Old Rectory",
            "Grand Esplanade",
            "Sandpiper",
            "Tern",
            "Dune House",
            "Windmill",
            "Manor",
            "Lighthouse View");

    private static final List<String> HOTEL_KINDS = List.of("Hotel", "Guest House", "Lodge", "Inn", "Suites");

    private static final List<String> SHOPS = List.of(
            "Books",
            "Pharmacy",
            "Hardware",
            "Electronics",
            "Outfitters",
            "Food Hall",
            "Home Store",
            "Sports",
            "Toy Shop",
            "Garden Centre",
            "Bakery",
            "Butchers",
            "Opticians",
            "Furniture",
            "Music",
            "Convenience Store",
            "DIY Warehouse",
            "Fashion",
            "Mobile Shop",
            "Bike Shop");

    private static final List<String> OFFICE_NAMES =
            List.of("House", "Court", "Chambers", "Point", "Exchange", "Works", "Plaza", "Tower", "Gate", "Yard");

    private static final List<String> NURSERY_NAMES = List.of(
            "Little Acorns",
            "Sunbeams",
            "Rainbow",
            "Busy Bees",
            "Tiny Steps",
            "Seashells",
            "Ladybird",
            "Starfish",
            "Puffins",
            "Bright Horizons");

    private static final List<String> ATTRACTIONS = List.of(
            "Adventure Golf",
            "Gardens",
            "Bowling",
            "Trampoline Park",
            "Escape Rooms",
            "Model Railway",
            "Boating Lake",
            "Miniature Railway",
            "Lido",
            "Skate Park",
            "Ice Rink",
            "Climbing Wall");

    /** A place of the given use type, named, sized and operated as such places usually are. */
    static Draft draft(UseType useType, PortAlderMap.DistrictPlan plan, DemoRandom random, int band) {
        String district = plan.name();
        String place = random.chance(0.5) ? district : random.pick(plan.localities());
        String street = null;
        String sector = useType.sector();
        int min = useType.minCapacity();
        int max = useType.maxCapacity();
        String hours = useType.hours();
        String name;
        String organisation = null;
        boolean independent = random.chance(useType.independentShare());
        switch (useType.code()) {
            case "stadium" -> name = place + (random.chance(0.5) ? " Stadium" : " Sports Ground");
            case "arena" -> name = place + (random.chance(0.5) ? " Arena" : " Events Arena");
            case "concert-hall" ->
                name = random.pick(List.of("The ", ""))
                        + place
                        + random.pick(List.of(" Music Hall", " Concert Hall", " Assembly Rooms", " Live"));
            case "theatre" ->
                name = random.pick(List.of(
                        place + " Playhouse",
                        place + " Studio Theatre",
                        "The " + place + " Theatre",
                        place + " Community Theatre",
                        place + " Little Theatre"));
            case "cinema" -> {
                if (random.chance(0.4)) {
                    name = place + " Picturehouse";
                } else if (random.chance(0.5)) {
                    name = "Starlight " + district;
                    organisation = "starlight-cinemas";
                } else {
                    name = "Reel North " + district;
                    organisation = "reelnorth";
                }
            }
            case "nightclub" -> name = random.pick(CLUBS);
            case "bar-pub" -> name = "The " + random.pick(PUBS);
            case "restaurant" -> name = random.pick(FOOD_NAMES) + " " + random.pick(FOOD_KINDS);
            case "hotel" -> {
                double chain = random.nextDouble();
                if (chain < 0.15) {
                    name = "Harbourline Hotel " + district;
                    organisation = "harbourline-hotels";
                } else if (chain < 0.27) {
                    name = "Kestrel Lodge " + district;
                    organisation = "kestrel-lodge";
                    max = 220;
                } else if (chain < 0.37) {
                    name = "The Esplanade " + district;
                    organisation = "esplanade-hotels";
                } else {
                    name = "The " + random.pick(HOTEL_NAMES) + " " + random.pick(HOTEL_KINDS);
                    independent = true;
                }
            }
            case "shopping-centre" ->
                name = place
                        + random.pick(List.of(" Shopping Centre", " Retail Park", " Shopping Arcade", " Galleria"));
            case "retail-store" -> {
                double chain = random.nextDouble();
                if (chain < 0.2) {
                    name = "Brightmarket " + district;
                    organisation = "brightmarket";
                    min = 150;
                } else if (chain < 0.27) {
                    name = "Copperfield and Lowe " + district;
                    organisation = "copperfield-lowe";
                    min = 300;
                } else {
                    name = place + " " + random.pick(SHOPS);
                    independent = true;
                    max = 400;
                }
            }
            case "market" ->
                name = place + random.pick(List.of(" Market", " Farmers' Market", " Night Market", " Covered Market"));
            case "museum" ->
                name = place + random.pick(List.of(" Heritage Centre", " Gallery", " Museum", " Lifeboat Museum"));
            case "visitor-attraction" -> name = place + " " + random.pick(ATTRACTIONS);
            case "place-of-worship" -> {
                String[] worship = worship(place, random);
                name = worship[0];
                organisation = worship[1];
                hours = worshipHours(organisation);
                independent = organisation == null;
            }
            case "school" -> {
                boolean faith = random.chance(0.25);
                String saint = random.pick(SAINTS);
                if (band == 0 || (band < 0 && random.chance(0.3))) {
                    name = faith ? "St " + saint + "'s Catholic Primary School" : place + " Infant School";
                    max = StrictMath.min(max, 450);
                } else if (band == 1 || (band < 0 && random.chance(0.6))) {
                    name = faith ? "St " + saint + "'s Catholic Primary School" : place + " Primary School";
                    min = StrictMath.max(min, 150);
                    max = 800;
                } else {
                    name = faith ? "St " + saint + "'s Catholic High School" : place + " Academy";
                    min = 600;
                }
                organisation = faith ? "stbrendans-trust" : random.chance(0.5) ? "alder-learning" : "portalder-schools";
            }
            case "university" -> {
                if (random.chance(0.7)) {
                    name = "University of Port Alder, " + place + random.pick(List.of(" Building", " Hall"));
                    organisation = "uni-portalder";
                } else {
                    name = "Port Alder College, " + district + " Centre";
                    organisation = "portalder-college";
                }
            }
            case "childcare" -> {
                String nursery = random.pick(NURSERY_NAMES);
                name = nursery + (random.chance(0.5) ? " Day Nursery " : " Nursery ") + district;
                if (nursery.equals("Little Acorns")) {
                    organisation = "little-acorns";
                } else if (random.chance(0.3)) {
                    name = district + " Children's Centre";
                    organisation = "portalder-schools";
                }
            }
            case "hospital" -> name = place + random.pick(List.of(" Community Hospital", " Treatment Centre"));
            case "station" -> {
                double kind = random.nextDouble();
                if (kind < 0.5) {
                    street = random.pick(plan.streets());
                    name = street + " Tram Stop";
                    max = 400;
                    organisation = "aldercoast-transport";
                } else if (kind < 0.8) {
                    name = place + " Bus Interchange";
                    max = 1500;
                    organisation = "portalder-buses";
                } else {
                    name = place + " Station";
                    min = 200;
                    max = 3000;
                    organisation = random.chance(0.5) ? "coastline-rail" : "aldercoast-transport";
                }
            }
            case "airport-terminal" -> name = "Port Alder Airport " + place + " Pier";
            case "office" ->
                name = random.chance(0.3) && !place.equals(district)
                        ? place + " " + random.pick(OFFICE_NAMES)
                        : random.pick(List.of(
                                        "Alder", "Meridian", "Exchange", "Guild", "Beacon", "Albion", "Sovereign"))
                                + " " + random.pick(OFFICE_NAMES);
            case "event-ground" -> name = place + random.pick(List.of(" Park Events Field", " Showfield", " Green"));
            default -> {
                String[] other = other(place, random);
                name = other[0];
                sector = other[1];
                hours = other[2];
                min = Integer.parseInt(other[3]);
                max = Integer.parseInt(other[4]);
                organisation = other[5];
            }
        }
        return new Draft(name, sector, min, max, hours, organisation, independent, street);
    }

    /** name and operating organisation key, or null when the congregation is not a partner itself. */
    private static String[] worship(String place, DemoRandom random) {
        double faith = random.nextDouble();
        String saint = random.pick(SAINTS);
        if (faith < 0.30) {
            return new String[] {"St " + saint + "'s Church", "churches-together"};
        } else if (faith < 0.40) {
            return new String[] {place + random.pick(List.of(" Methodist Church", " Baptist Chapel")), null};
        } else if (faith < 0.47) {
            return new String[] {place + " Pentecostal Church", null};
        } else if (faith < 0.64) {
            return new String[] {place + random.pick(List.of(" Mosque", " Islamic Centre")), "muslim-council"};
        } else if (faith < 0.71) {
            return new String[] {place + " Synagogue", "hebrew-congregation"};
        } else if (faith < 0.79) {
            return new String[] {"Gurdwara " + place, "sikh-sangat"};
        } else if (faith < 0.87) {
            return new String[] {place + " Hindu Temple", "hindu-mandir"};
        } else if (faith < 0.93) {
            return new String[] {place + " Buddhist Centre", "portalder-faiths"};
        } else if (faith < 0.97) {
            return new String[] {place + " Friends Meeting House", "portalder-faiths"};
        }
        return new String[] {
            "Our Lady of the " + random.pick(List.of("Sea", "Harbour", "Assumption")) + ", " + place,
            "churches-together"
        };
    }

    static String worshipHours(@Nullable String organisationKey) {
        if (organisationKey == null) {
            return "Services Sun 10:30 and 18:30; midweek meeting Wed 19:30";
        }
        return switch (organisationKey) {
            case "muslim-council" -> "Open daily for the five prayers; Friday prayers 13:00-14:00";
            case "hebrew-congregation" -> "Services Fri at sunset and Sat 09:30; office Mon-Thu 09:00-15:00";
            case "sikh-sangat" -> "Open daily 05:00-21:00; langar served daily 12:00-15:00";
            case "hindu-mandir" -> "Open daily 07:00-12:00 and 16:00-21:00";
            case "portalder-faiths" -> "Meetings Sun 10:30; meditation Wed 19:00";
            default -> "Open daily 08:00-18:00; services Sun 09:30 and 11:00";
        };
    }

    /** name, sector, hours, minimum and maximum capacity, and operator of a place that fits no other use type. */
    private static String[] other(String place, DemoRandom random) {
        return switch (random.nextInt(5)) {
            case 0 ->
                new String[] {
                    place + " Leisure Centre", "stadia-arenas", "Daily 06:30-22:00", "150", "1200", "leisure-trust"
                };
            case 1 ->
                new String[] {
                    place + " Library",
                    "visitor-attractions",
                    "Mon-Sat 09:00-19:00; Sun 11:00-16:00",
                    "40",
                    "400",
                    "portalder-council"
                };
            case 2 ->
                new String[] {
                    place + " Medical Centre",
                    "health",
                    "Mon-Fri 08:00-20:00; Sat 09:00-13:00",
                    "40",
                    "250",
                    "aldercoast-health"
                };
            case 3 ->
                new String[] {
                    place + " Conference Centre",
                    "major-events",
                    "Event days 08:00-22:00",
                    "200",
                    "2500",
                    "fenwick-exhibition"
                };
            default ->
                new String[] {
                    place + " Coach Park and Visitor Centre",
                    "transport",
                    "Daily 07:00-21:00",
                    "60",
                    "600",
                    "portalder-council"
                };
        };
    }
}
