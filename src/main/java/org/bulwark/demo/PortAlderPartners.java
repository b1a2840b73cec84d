package org.bulwark.demo;

import static org.bulwark.partners.OrganisationKind.CIVIL_SOCIETY;
import static org.bulwark.partners.OrganisationKind.PRIVATE;
import static org.bulwark.partners.OrganisationKind.PUBLIC;

import java.util.List;
import org.bulwark.identity.Role;
import org.bulwark.partners.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * The 60 partner organisations of Port Alder, their staff, the demo accounts and the sharing groups, written out by
 * hand.
 */
final class PortAlderPartners {

    private PortAlderPartners() {}

    /**
     * One organisation.
     *
     * @param key short stable key, also the host name of its {@code .example} domain
     * @param staff one entry per member: {@code [ROLE|]Job title[|Full name]}; without a role the member is an
     *     operator, without a name one is drawn
     */
    record OrganisationSeed(
            String key,
            String name,
            OrganisationKind kind,
            String region,
            List<String> sectors,
            String mailbox,
            List<String> staff) {}

    /**
     * One account.
     *
     * @param organisationKey the organisation the account acts for, null for none
     * @param staffIndex the member of that organisation who holds it, null for a machine account
     */
    record AccountSeed(
            String username,
            Role role,
            @Nullable String organisationKey,
            @Nullable Integer staffIndex,
            @Nullable String displayName) {}

    /**
     * One sharing group.
     *
     * @param organisationKeys keys of the member organisations
     * @param usernames accounts added one by one
     */
    record GroupSeed(String name, String description, List<String> organisationKeys, List<String> usernames) {}

    static final List<String> ALL_SECTORS = DemoCity.SECTOR_CODES;

    static final List<OrganisationSeed> ORGANISATIONS = List.of(
            // public bodies
            new OrganisationSeed(
                    "portalder-police",
                    "Port Alder Police",
                    PUBLIC,
                    "Old Town",
                    ALL_SECTORS,
                    "ct.partnerships",
                    List.of(
                            "COORDINATOR|Detective Chief Inspector, Counter Terrorism Unit|Casey Okafor",
                            "COORDINATOR|Detective Inspector, Protect and Prepare",
                            "ANALYST|Senior Intelligence Analyst|Priya Raman",
                            "ANALYST|Intelligence Analyst",
                            "ANALYST|Intelligence Analyst",
                            "ANALYST|Open Source Intelligence Analyst",
                            "ADVISOR|Counter Terrorism Security Advisor|Tomasz Nowak",
                            "ADVISOR|Counter Terrorism Security Advisor",
                            "ADVISOR|Counter Terrorism Security Advisor",
                            "ADVISOR|Crowded Places Security Coordinator",
                            "OVERSEER|Data Protection Officer",
                            "ADMIN|Systems Administrator, Digital Services|Adebayo Mensah")),
            new OrganisationSeed(
                    "protect-eastcoast",
                    "Protective Security Office, East Coast Region",
                    PUBLIC,
                    "Old Town",
                    ALL_SECTORS,
                    "advice",
                    List.of(
                            "ADVISOR|Senior Protective Security Advisor",
                            "ADVISOR|Protective Security Advisor",
                            "ADVISOR|Crowded Places Advisor",
                            "ANALYST|Threat Assessment Analyst")),
            new OrganisationSeed(
                    "portalder-council",
                    "Port Alder City Council",
                    PUBLIC,
                    "Old Town",
                    List.of("visitor-attractions", "major-events", "retail", "commercial-centres"),
                    "emergency.planning",
                    List.of(
                            "ADVISOR|Emergency Planning Manager",
                            "Head of Markets",
                            "Events and Licensing Officer",
                            "Civic Buildings Security Manager",
                            "Corporate Health and Safety Manager")),
            new OrganisationSeed(
                    "policing-privacy-board",
                    "Port Alder Policing and Privacy Board",
                    PUBLIC,
                    "Old Town",
                    List.of(),
                    "oversight",
                    List.of("OVERSEER|Oversight Officer|Ines Moreau", "OVERSEER|Privacy and Data Protection Adviser")),
            new OrganisationSeed(
                    "aldercoast-transport",
                    "Alder Coast Transport Authority",
                    PUBLIC,
                    "Northgate",
                    List.of("transport"),
                    "network.security",
                    List.of("Head of Network Security", "Station Operations Manager", "Control Room Manager")),
            new OrganisationSeed(
                    "aldercoast-health",
                    "Alder Coast Health Trust",
                    PUBLIC,
                    "Northgate",
                    List.of("health"),
                    "resilience",
                    List.of(
                            "Head of Security and Emergency Preparedness",
                            "Emergency Preparedness Lead",
                            "Site Security Manager")),
            new OrganisationSeed(
                    "aldercoast-ambulance",
                    "Alder Coast Ambulance Service",
                    PUBLIC,
                    "Ashby Vale",
                    List.of("health", "major-events"),
                    "eprr",
                    List.of("ADVISOR|Emergency Preparedness and Resilience Manager", "Operations Commander")),
            new OrganisationSeed(
                    "portalder-fire",
                    "Port Alder Fire and Rescue Service",
                    PUBLIC,
                    "Westbrook",
                    List.of("major-events"),
                    "protection",
                    List.of("ADVISOR|Station Commander, Fire Protection", "ADVISOR|Fire Safety Inspector")),
            new OrganisationSeed(
                    "uni-portalder",
                    "University of Port Alder",
                    PUBLIC,
                    "Westbrook",
                    List.of("education"),
                    "campus.security",
                    List.of("Director of Campus Security", "Campus Security Manager", "Events and Venues Manager")),
            new OrganisationSeed(
                    "portalder-college",
                    "Port Alder College",
                    PUBLIC,
                    "Ashby Vale",
                    List.of("education"),
                    "estates",
                    List.of("Head of Estates and Security", "Designated Safeguarding Lead")),
            new OrganisationSeed(
                    "portalder-schools",
                    "Port Alder Education Authority",
                    PUBLIC,
                    "Ashby Vale",
                    List.of("education"),
                    "school.safety",
                    List.of("Head of School Safety", "Schools Estates Manager", "Early Years Safeguarding Officer")),
            new OrganisationSeed(
                    "portalder-harbour",
                    "Port Alder Harbour Board",
                    PUBLIC,
                    "Harbourside",
                    List.of("transport", "visitor-attractions"),
                    "port.security",
                    List.of("Port Facility Security Officer", "Harbour Master")),
            new OrganisationSeed(
                    "portalder-airport",
                    "Port Alder Airport Authority",
                    PUBLIC,
                    "Fenwick Moor",
                    List.of("transport"),
                    "aviation.security",
                    List.of("Head of Aviation Security", "Terminal Duty Manager", "Landside Security Manager")),
            new OrganisationSeed(
                    "portalder-museums",
                    "Port Alder Museums and Galleries",
                    PUBLIC,
                    "Old Town",
                    List.of("visitor-attractions"),
                    "visitor.services",
                    List.of("Head of Visitor Services", "Collections Security Manager")),
            new OrganisationSeed(
                    "aldercoast-resilience",
                    "Alder Coast Resilience Forum",
                    PUBLIC,
                    "Old Town",
                    List.of("major-events", "transport"),
                    "forum",
                    List.of("ADVISOR|Resilience Forum Manager", "ANALYST|Community Risk Analyst")),
            // private operators
            new OrganisationSeed(
                    "alderlive",
                    "Alder Live Venues Ltd",
                    PRIVATE,
                    "Harbourside",
                    List.of("stadia-arenas", "cinemas-theatres", "major-events"),
                    "security",
                    List.of(
                            "Head of Security|Jordan Whitfield",
                            "Venue Security Manager",
                            "Event Safety Officer",
                            "Duty Manager")),
            new OrganisationSeed(
                    "portalder-fc",
                    "Port Alder Football Club Ltd",
                    PRIVATE,
                    "Northgate",
                    List.of("stadia-arenas", "major-events"),
                    "safety",
                    List.of("Safety Officer", "Stadium Operations Manager", "Head of Stewarding")),
            new OrganisationSeed(
                    "southmere-rfc",
                    "Southmere Rugby Club Ltd",
                    PRIVATE,
                    "Southmere",
                    List.of("stadia-arenas"),
                    "matchday",
                    List.of("Matchday Safety Officer", "Ground Manager")),
            new OrganisationSeed(
                    "lantern-theatres",
                    "Lantern Theatre Group",
                    PRIVATE,
                    "Old Town",
                    List.of("cinemas-theatres"),
                    "front.of.house",
                    List.of("Head of Front of House", "Theatre Manager")),
            new OrganisationSeed(
                    "starlight-cinemas",
                    "Starlight Cinemas Ltd",
                    PRIVATE,
                    "Westbrook",
                    List.of("cinemas-theatres"),
                    "operations",
                    List.of("Regional Operations Manager", "Cinema General Manager")),
            new OrganisationSeed(
                    "reelnorth",
                    "Reel North Cinemas",
                    PRIVATE,
                    "Northgate",
                    List.of("cinemas-theatres"),
                    "managers",
                    List.of("Operations Director", "Cinema Manager")),
            new OrganisationSeed(
                    "neontide",
                    "Neon Tide Leisure Group",
                    PRIVATE,
                    "Harbourside",
                    List.of("night-time-economy"),
                    "security",
                    List.of("Group Security Manager", "Head of Door Supervision", "Venue General Manager")),
            new OrganisationSeed(
                    "quayside-inns",
                    "Quayside Inns",
                    PRIVATE,
                    "Old Town",
                    List.of("night-time-economy", "hotels-restaurants"),
                    "licensing",
                    List.of("Licensing and Security Manager", "Area Manager", "Pub General Manager")),
            new OrganisationSeed(
                    "harbourline-hotels",
                    "Harbourline Hotels",
                    PRIVATE,
                    "Harbourside",
                    List.of("hotels-restaurants"),
                    "security",
                    List.of("Regional Security Manager", "Hotel General Manager", "Front Office Manager")),
            new OrganisationSeed(
                    "esplanade-hotels",
                    "Esplanade Hotel Group",
                    PRIVATE,
                    "Southmere",
                    List.of("hotels-restaurants"),
                    "duty.managers",
                    List.of("Group Safety and Security Manager", "Hotel Operations Manager")),
            new OrganisationSeed(
                    "kestrel-lodge",
                    "Kestrel Lodge Hotels",
                    PRIVATE,
                    "Fenwick Moor",
                    List.of("hotels-restaurants"),
                    "operations",
                    List.of("Head of Operations", "Hotel Manager")),
            new OrganisationSeed(
                    "harbourpoint",
                    "Harbour Point Estates",
                    PRIVATE,
                    "Harbourside",
                    List.of("commercial-centres", "retail"),
                    "centre.security",
                    List.of("Centre Security Manager", "Centre Manager", "Security Control Room Supervisor")),
            new OrganisationSeed(
                    "greywell",
                    "Greywell Property Partners",
                    PRIVATE,
                    "Northgate",
                    List.of("commercial-centres"),
                    "property.management",
                    List.of("Head of Property Management", "Facilities Security Manager")),
            new OrganisationSeed(
                    "brightmarket",
                    "Brightmarket Supermarkets",
                    PRIVATE,
                    "Westbrook",
                    List.of("retail"),
                    "loss.prevention",
                    List.of("Regional Loss Prevention Manager", "Store Manager")),
            new OrganisationSeed(
                    "copperfield-lowe",
                    "Copperfield and Lowe Department Stores",
                    PRIVATE,
                    "Old Town",
                    List.of("retail"),
                    "security",
                    List.of("Head of Store Security", "Store Operations Manager")),
            new OrganisationSeed(
                    "alder-events",
                    "Alder Events Ltd",
                    PRIVATE,
                    "Fenwick Moor",
                    List.of("major-events"),
                    "event.safety",
                    List.of("Head of Event Safety", "Festival Site Manager", "Crowd Safety Manager")),
            new OrganisationSeed(
                    "seafront-attractions",
                    "Seafront Attractions Ltd",
                    PRIVATE,
                    "Southmere",
                    List.of("visitor-attractions"),
                    "operations",
                    List.of("Operations Manager", "Pier Duty Manager")),
            new OrganisationSeed(
                    "tidewater-aquarium",
                    "Tidewater Aquarium Ltd",
                    PRIVATE,
                    "Harbourside",
                    List.of("visitor-attractions"),
                    "visitor.safety",
                    List.of("Visitor Safety Manager", "General Manager")),
            new OrganisationSeed(
                    "marigold-group",
                    "Marigold Restaurant Group",
                    PRIVATE,
                    "Old Town",
                    List.of("hotels-restaurants"),
                    "operations",
                    List.of("Operations Director", "Restaurant General Manager")),
            new OrganisationSeed(
                    "saltmarsh-security",
                    "Saltmarsh Security Services",
                    PRIVATE,
                    "Ashby Vale",
                    List.of("major-events", "night-time-economy"),
                    "control",
                    List.of("Managing Director", "Head of Event Security", "Control Room Manager")),
            new OrganisationSeed(
                    "coastline-rail",
                    "Coastline Rail",
                    PRIVATE,
                    "Northgate",
                    List.of("transport"),
                    "station.security",
                    List.of("Head of Rail Security", "Station Manager")),
            new OrganisationSeed(
                    "ridetide",
                    "RideTide Mobility",
                    PRIVATE,
                    "Old Town",
                    List.of("transport"),
                    "trust.safety",
                    List.of("Head of Trust and Safety", "Platform Operations Lead")),
            new OrganisationSeed(
                    "portalder-buses",
                    "Port Alder Buses Ltd",
                    PRIVATE,
                    "Ashby Vale",
                    List.of("transport"),
                    "operations",
                    List.of("Head of Operations and Safety", "Bus Station Manager")),
            new OrganisationSeed(
                    "fenwick-exhibition",
                    "Fenwick Moor Exhibition Centre Ltd",
                    PRIVATE,
                    "Fenwick Moor",
                    List.of("major-events", "commercial-centres"),
                    "venue.security",
                    List.of("Head of Venue Security", "Event Operations Manager")),
            new OrganisationSeed(
                    "meridian-tower",
                    "Meridian Tower Management",
                    PRIVATE,
                    "Old Town",
                    List.of("commercial-centres"),
                    "building.security",
                    List.of("Building Security Manager", "Facilities Manager")),
            new OrganisationSeed(
                    "stlukes-hospital",
                    "St Luke's Private Hospital Ltd",
                    PRIVATE,
                    "Kingsley Park",
                    List.of("health"),
                    "facilities",
                    List.of("Head of Facilities and Security", "Hospital Director")),
            new OrganisationSeed(
                    "little-acorns",
                    "Little Acorns Nurseries Ltd",
                    PRIVATE,
                    "Kingsley Park",
                    List.of("education"),
                    "safeguarding",
                    List.of("Head of Safeguarding", "Nursery Manager")),
            new OrganisationSeed(
                    "oldtown-markets",
                    "Old Town Markets Company",
                    PRIVATE,
                    "Old Town",
                    List.of("retail"),
                    "markets",
                    List.of("Markets Manager", "Market Supervisor")),
            new OrganisationSeed(
                    "ironworks-leisure",
                    "Ironworks Leisure",
                    PRIVATE,
                    "Westbrook",
                    List.of("visitor-attractions"),
                    "duty",
                    List.of("Operations Manager", "Duty Manager")),
            new OrganisationSeed(
                    "foundry-venues",
                    "Foundry Music Venues",
                    PRIVATE,
                    "Northgate",
                    List.of("night-time-economy", "cinemas-theatres"),
                    "security",
                    List.of("Head of Security", "Venue Manager", "Promoter Liaison Manager")),
            // civil society
            new OrganisationSeed(
                    "portalder-faiths",
                    "Port Alder Council of Faiths",
                    CIVIL_SOCIETY,
                    "Old Town",
                    List.of("places-of-worship"),
                    "secretary",
                    List.of("Secretary", "Security Liaison Volunteer", "Interfaith Project Officer")),
            new OrganisationSeed(
                    "churches-together",
                    "Port Alder Churches Together",
                    CIVIL_SOCIETY,
                    "Old Town",
                    List.of("places-of-worship"),
                    "office",
                    List.of("Cathedral Chapter Clerk", "Churches Safety Coordinator")),
            new OrganisationSeed(
                    "muslim-council",
                    "Port Alder Muslim Council",
                    CIVIL_SOCIETY,
                    "Westbrook",
                    List.of("places-of-worship"),
                    "office",
                    List.of("Mosques Security Coordinator", "Central Mosque Administrator")),
            new OrganisationSeed(
                    "hebrew-congregation",
                    "Port Alder Hebrew Congregation",
                    CIVIL_SOCIETY,
                    "Northgate",
                    List.of("places-of-worship"),
                    "security",
                    List.of("Community Security Lead", "Synagogue Administrator")),
            new OrganisationSeed(
                    "sikh-sangat",
                    "Port Alder Sikh Sangat",
                    CIVIL_SOCIETY,
                    "Ashby Vale",
                    List.of("places-of-worship"),
                    "committee",
                    List.of("Gurdwara Committee Secretary", "Sewa Volunteer Coordinator")),
            new OrganisationSeed(
                    "hindu-mandir",
                    "Alder Coast Hindu Mandir Trust",
                    CIVIL_SOCIETY,
                    "Kingsley Park",
                    List.of("places-of-worship"),
                    "trustees",
                    List.of("Trustee for Safety and Security", "Temple Manager")),
            new OrganisationSeed(
                    "alder-learning",
                    "Alder Learning Trust",
                    CIVIL_SOCIETY,
                    "Westbrook",
                    List.of("education"),
                    "estates",
                    List.of("Trust Estates and Safety Director", "Academy Business Manager")),
            new OrganisationSeed(
                    "stbrendans-trust",
                    "St Brendan's Catholic Schools Trust",
                    CIVIL_SOCIETY,
                    "Northgate",
                    List.of("education", "places-of-worship"),
                    "safeguarding",
                    List.of("Trust Safeguarding Lead", "Headteacher")),
            new OrganisationSeed(
                    "harbourside-community",
                    "Harbourside Community Association",
                    CIVIL_SOCIETY,
                    "Harbourside",
                    List.of("major-events"),
                    "hello",
                    List.of("Chair", "Community Events Coordinator")),
            new OrganisationSeed(
                    "portalder-bid",
                    "Port Alder Business Improvement District",
                    CIVIL_SOCIETY,
                    "Old Town",
                    List.of("retail", "night-time-economy", "commercial-centres", "hotels-restaurants"),
                    "team",
                    List.of("BID Operations Manager", "Town Centre Ranger Supervisor")),
            new OrganisationSeed(
                    "portalder-pubwatch",
                    "Port Alder Pubwatch",
                    CIVIL_SOCIETY,
                    "Old Town",
                    List.of("night-time-economy"),
                    "chair",
                    List.of("Pubwatch Chair", "Licensee and Scheme Secretary")),
            new OrganisationSeed(
                    "street-pastors",
                    "Port Alder Street Pastors",
                    CIVIL_SOCIETY,
                    "Old Town",
                    List.of("night-time-economy"),
                    "coordinator",
                    List.of("Scheme Coordinator", "Team Leader")),
            new OrganisationSeed(
                    "carnival-trust",
                    "Port Alder Carnival Trust",
                    CIVIL_SOCIETY,
                    "Southmere",
                    List.of("major-events"),
                    "safety",
                    List.of("Carnival Safety Officer", "Parade Marshal Coordinator")),
            new OrganisationSeed(
                    "alder-heritage",
                    "Alder Heritage Trust",
                    CIVIL_SOCIETY,
                    "Old Town",
                    List.of("visitor-attractions"),
                    "properties",
                    List.of("Properties Manager", "Visitor Experience Manager")),
            new OrganisationSeed(
                    "leisure-trust",
                    "Port Alder Leisure Trust",
                    CIVIL_SOCIETY,
                    "Kingsley Park",
                    List.of("stadia-arenas", "visitor-attractions"),
                    "centres",
                    List.of("Head of Leisure Operations")));

    static final List<AccountSeed> ACCOUNTS = List.of(
            new AccountSeed("coordinator", Role.COORDINATOR, "portalder-police", 0, null),
            new AccountSeed("analyst", Role.ANALYST, "portalder-police", 2, null),
            new AccountSeed("advisor", Role.ADVISOR, "portalder-police", 6, null),
            new AccountSeed("operator", Role.OPERATOR, "alderlive", 0, null),
            new AccountSeed("integration", Role.INTEGRATION, "ridetide", null, "RideTide zone feed"),
            new AccountSeed("overseer", Role.OVERSEER, "policing-privacy-board", 0, null),
            new AccountSeed("admin", Role.ADMIN, "portalder-police", 11, null),
            new AccountSeed("operator.harbourpoint", Role.OPERATOR, "harbourpoint", 0, null),
            new AccountSeed("operator.neontide", Role.OPERATOR, "neontide", 0, null),
            new AccountSeed("operator.stbrendans", Role.OPERATOR, "stbrendans-trust", 0, null),
            new AccountSeed("operator.health", Role.OPERATOR, "aldercoast-health", 0, null),
            new AccountSeed("operator.faiths", Role.OPERATOR, "portalder-faiths", 1, null),
            new AccountSeed("operator.harbourline", Role.OPERATOR, "harbourline-hotels", 0, null),
            new AccountSeed("operator.esplanade", Role.OPERATOR, "esplanade-hotels", 0, null));

    static final List<GroupSeed> GROUPS = List.of(
            new GroupSeed(
                    "Harbourside venue security",
                    "Security managers of the venues, hotels, estates and attractions around the harbour, for what"
                            + " concerns crowds on the waterfront: event nights, the ferry terminal, the quays.",
                    List.of(
                            "alderlive",
                            "neontide",
                            "harbourpoint",
                            "harbourline-hotels",
                            "tidewater-aquarium",
                            "portalder-harbour"),
                    List.of("advisor")),
            new GroupSeed(
                    "Faith and community safety",
                    "Places of worship, faith schools and community groups, for advice and alerts about threats to"
                            + " faith communities and their festivals.",
                    List.of(
                            "portalder-faiths",
                            "churches-together",
                            "muslim-council",
                            "hebrew-congregation",
                            "sikh-sangat",
                            "hindu-mandir",
                            "stbrendans-trust",
                            "harbourside-community"),
                    List.of("advisor")));
}
