package org.bulwark.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bulwark.demo.PortAlderMap.DistrictPlan;
import org.bulwark.demo.PortAlderPartners.AccountSeed;
import org.bulwark.demo.PortAlderPartners.GroupSeed;
import org.bulwark.demo.PortAlderPartners.OrganisationSeed;
import org.bulwark.demo.SiteCatalogue.Draft;
import org.bulwark.demo.SiteCatalogue.Landmark;
import org.bulwark.demo.SiteCatalogue.UseType;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Port Alder, the fictional city of the demo network: districts, partner organisations, their members, the demo
 * accounts and the crowded places to protect.
 *
 * <p>Everything is derived from one fixed seed with a generator written out in this package, so that every run on
 * every JVM yields the same city, identifiers included. The first {@value #DEMO_SITE_COUNT} sites are the demo
 * network; {@link #sites(int)} continues the same city to any size without holding the sites in memory.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DemoCity {

    /** The city's name. */
    public static final String NAME = "Port Alder";

    /** How many sites the demo network has; the first sites of every {@link #sites(int)} stream. */
    public static final int DEMO_SITE_COUNT = 300;

    /** The twelve codes of the sector catalogue, in catalogue order. */
    public static final List<String> SECTOR_CODES = List.of(
            "night-time-economy",
            "cinemas-theatres",
            "stadia-arenas",
            "retail",
            "health",
            "education",
            "places-of-worship",
            "hotels-restaurants",
            "major-events",
            "visitor-attractions",
            "commercial-centres",
            "transport");

    /** The use types of sites, such as {@code stadium} or {@code place-of-worship}. */
    public static final List<String> USE_TYPES =
            SiteCatalogue.USE_TYPES.stream().map(UseType::code).toList();

    private static final long SEED = 0x5EED_2019_12_04L;
    private static final long NAMES_STREAM = 1;
    private static final long DEMO_SITES_STREAM = 2;
    private static final long SCALE_SITES_STREAM = 3;
    private static final long SHUFFLE_STREAM = 4;
    private static final String ID_PREFIX = "bulwark-demo/port-alder/";
    /** Centre-heavy uses such as bars and theatres are this much more likely in the Old Town and Harbourside. */
    private static final double CENTRE_HEAVY_FACTOR = 2.0;

    private final List<DemoDistrict> districts;
    private final List<DemoOrganisation> organisations;
    private final List<DemoMember> members;
    private final List<DemoAccount> accounts;
    private final List<DemoSharingGroup> sharingGroups;
    private final List<DemoSite> demoSites;

    private final Map<String, DemoOrganisation> organisationsByKey = new LinkedHashMap<>();
    private final Map<String, String> mailboxesByKey = new LinkedHashMap<>();
    private final Map<String, List<DemoMember>> membersByKey = new LinkedHashMap<>();
    private final double[] scaleUseWeights;
    private final double[][] demoDistrictWeights;
    private final double[][] scaleDistrictWeights;

    /** Builds the city; takes a few milliseconds. */
    public DemoCity() {
        this.districts = PortAlderMap.DISTRICTS.stream()
                .map(d -> new DemoDistrict(d.name(), d.character(), PortAlderMap.point(d.xKm(), d.yKm()), d.streets()))
                .toList();
        this.scaleUseWeights = SiteCatalogue.USE_TYPES.stream()
                .mapToDouble(UseType::scaleWeight)
                .toArray();
        this.demoDistrictWeights = districtWeights(true);
        this.scaleDistrictWeights = districtWeights(false);
        List<DemoMember> allMembers = new ArrayList<>();
        this.organisations = buildOrganisations(allMembers);
        this.members = List.copyOf(allMembers);
        this.accounts = buildAccounts();
        this.sharingGroups = buildSharingGroups();
        this.demoSites = buildDemoSites();
    }

    /** The city's name, {@value #NAME}. */
    public String name() {
        return NAME;
    }

    /** The historic centre of the Old Town, where the city is densest. */
    public GeoPoint centre() {
        return new GeoPoint(PortAlderMap.CENTRE_LATITUDE, PortAlderMap.CENTRE_LONGITUDE);
    }

    /** The rectangle that holds every position of the city. */
    public DemoBounds bounds() {
        return PortAlderMap.bounds();
    }

    /** Whether the point lies within the city limits and on land; every site does. */
    public boolean contains(GeoPoint point) {
        Assert.notNull(point, "point must not be null");
        return bounds().contains(point)
                && PortAlderMap.inCity(PortAlderMap.xKmOf(point.longitude()), PortAlderMap.yKmOf(point.latitude()));
    }

    /** The eight districts, from the centre outwards. */
    public List<DemoDistrict> districts() {
        return districts;
    }

    /** The district whose centre is nearest to the point; never returns null. */
    public DemoDistrict districtAt(GeoPoint point) {
        Assert.notNull(point, "point must not be null");
        return districts.get(PortAlderMap.districtIndexAt(
                PortAlderMap.xKmOf(point.longitude()), PortAlderMap.yKmOf(point.latitude())));
    }

    /** The 60 partner organisations: public bodies first, then private operators, then civil society. */
    public List<DemoOrganisation> organisations() {
        return organisations;
    }

    /** The 150 members of the organisations, in the order of their organisations. */
    public List<DemoMember> members() {
        return members;
    }

    /**
     * The demo accounts: one per role with the role's name as username ({@code coordinator}, {@code analyst},
     * {@code advisor}, {@code operator}, {@code integration}, {@code overseer}, {@code admin}), then further
     * operator accounts named {@code operator.<organisation>}.
     */
    public List<DemoAccount> accounts() {
        return accounts;
    }

    /** The sharing groups coordinators defined: organisations around the harbour, and faith communities. */
    public List<DemoSharingGroup> sharingGroups() {
        return sharingGroups;
    }

    /** The {@value #DEMO_SITE_COUNT} sites of the demo network, the same as {@code sites(DEMO_SITE_COUNT)}. */
    public List<DemoSite> demoSites() {
        return demoSites;
    }

    /**
     * The first {@code count} sites of the city, made one by one as the stream is consumed. The first
     * {@value #DEMO_SITE_COUNT} are the {@linkplain #demoSites() demo sites}; further sites spread over all
     * districts, densest in the Old Town and Harbourside, thinning out towards the suburbs. Site {@code n} is the
     * same whatever {@code count} is, and the stream may be consumed in parallel.
     *
     * @param count how many sites, zero or more
     * @throws IllegalArgumentException if count is negative
     */
    public Stream<DemoSite> sites(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the number of sites must be zero or more, was " + count);
        }
        Stream<DemoSite> demo = demoSites.stream().limit(count);
        if (count <= DEMO_SITE_COUNT) {
            return demo;
        }
        return Stream.concat(demo, IntStream.range(DEMO_SITE_COUNT, count).mapToObj(this::scaleSite));
    }

    private List<DemoOrganisation> buildOrganisations(List<DemoMember> allMembers) {
        Set<String> takenNames = new HashSet<>();
        for (OrganisationSeed seed : PortAlderPartners.ORGANISATIONS) {
            for (String entry : seed.staff()) {
                String[] parts = entry.split("\\|");
                if (parts.length == 3 || (parts.length == 2 && !isRole(parts[0]))) {
                    takenNames.add(parts[parts.length - 1]);
                }
            }
        }
        DemoRandom random = new DemoRandom(SEED ^ NAMES_STREAM);
        List<DemoOrganisation> result = new ArrayList<>();
        for (int o = 0; o < PortAlderPartners.ORGANISATIONS.size(); o++) {
            OrganisationSeed seed = PortAlderPartners.ORGANISATIONS.get(o);
            UUID organisationId = uuid("organisation/" + seed.key());
            String domain = seed.key() + ".example";
            List<DemoMember> staff = new ArrayList<>();
            for (String entry : seed.staff()) {
                String[] parts = entry.split("\\|");
                boolean hasRole = isRole(parts[0]);
                Role role = hasRole ? Role.valueOf(parts[0]) : Role.OPERATOR;
                String title = parts[hasRole ? 1 : 0];
                int nameIndex = hasRole ? 2 : 1;
                String fullName;
                if (parts.length > nameIndex) {
                    fullName = parts[nameIndex];
                } else {
                    do {
                        fullName = FictionalNames.person(random);
                    } while (!takenNames.add(fullName));
                }
                int number = allMembers.size();
                int space = fullName.indexOf(' ');
                String email = FictionalNames.ascii(fullName.substring(0, space), '-') + "."
                        + FictionalNames.ascii(fullName.substring(space + 1), '-') + "@" + domain;
                DemoMember member = new DemoMember(
                        uuid("member/" + number),
                        organisationId,
                        fullName,
                        title,
                        email,
                        "+44 7700 900" + threeDigits(number),
                        role);
                allMembers.add(member);
                staff.add(member);
            }
            DemoOrganisation organisation = new DemoOrganisation(
                    organisationId,
                    seed.name(),
                    seed.kind(),
                    seed.sectors(),
                    seed.region(),
                    "https://www." + domain,
                    staff.get(0).fullName(),
                    seed.mailbox() + "@" + domain,
                    "+44 1632 960" + threeDigits(o));
            result.add(organisation);
            organisationsByKey.put(seed.key(), organisation);
            mailboxesByKey.put(seed.key(), organisation.contactEmail());
            membersByKey.put(seed.key(), List.copyOf(staff));
        }
        return List.copyOf(result);
    }

    private List<DemoAccount> buildAccounts() {
        List<DemoAccount> result = new ArrayList<>();
        for (AccountSeed seed : PortAlderPartners.ACCOUNTS) {
            DemoOrganisation organisation =
                    seed.organisationKey() == null ? null : organisationsByKey.get(seed.organisationKey());
            DemoMember member = seed.staffIndex() == null
                    ? null
                    : membersByKey.get(seed.organisationKey()).get(seed.staffIndex());
            String displayName = member != null ? member.fullName() : seed.displayName();
            if (member != null && member.role() != seed.role()) {
                throw new IllegalStateException(
                        "account " + seed.username() + " must be held by a member with role " + seed.role());
            }
            result.add(new DemoAccount(
                    uuid("account/" + seed.username()),
                    seed.username(),
                    displayName == null ? seed.username() : displayName,
                    seed.role(),
                    member == null ? null : member.id(),
                    organisation == null ? null : organisation.id()));
        }
        return List.copyOf(result);
    }

    private List<DemoSharingGroup> buildSharingGroups() {
        List<DemoSharingGroup> result = new ArrayList<>();
        for (GroupSeed seed : PortAlderPartners.GROUPS) {
            List<UUID> organisationIds = seed.organisationKeys().stream()
                    .map(key -> {
                        DemoOrganisation organisation = organisationsByKey.get(key);
                        if (organisation == null) {
                            throw new IllegalStateException(
                                    "sharing group " + seed.name() + " names an unknown organisation " + key);
                        }
                        return organisation.id();
                    })
                    .toList();
            for (String username : seed.usernames()) {
                boolean heldByMember = accounts.stream()
                        .anyMatch(account -> account.username().equals(username) && account.memberId() != null);
                if (!heldByMember) {
                    throw new IllegalStateException("sharing group " + seed.name() + " names the account " + username
                            + ", which no member holds");
                }
            }
            result.add(new DemoSharingGroup(seed.name(), seed.description(), organisationIds, seed.usernames()));
        }
        return List.copyOf(result);
    }

    /** What goes into the demo: a use type, a landmark or a drafted place, and for some uses a capacity band. */
    private record Slot(UseType useType, @Nullable Landmark landmark, int band) {}

    private List<DemoSite> buildDemoSites() {
        List<Slot> slots = new ArrayList<>();
        for (UseType useType : SiteCatalogue.USE_TYPES) {
            List<Landmark> landmarks = SiteCatalogue.LANDMARKS.stream()
                    .filter(l -> l.useType().equals(useType.code()))
                    .toList();
            for (Landmark landmark : landmarks) {
                slots.add(new Slot(useType, landmark, -1));
            }
            boolean allSizes =
                    useType.code().equals("place-of-worship") || useType.code().equals("school");
            for (int i = landmarks.size(); i < useType.demoCount(); i++) {
                slots.add(new Slot(useType, null, allSizes ? i % 3 : -1));
            }
        }
        if (slots.size() != DEMO_SITE_COUNT) {
            throw new IllegalStateException("the demo plan has " + slots.size() + " sites");
        }
        // mixed, so that any prefix of the demo still spans the sectors
        DemoRandom shuffle = new DemoRandom(SEED ^ SHUFFLE_STREAM);
        for (int i = slots.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            Slot swap = slots.get(i);
            slots.set(i, slots.get(j));
            slots.set(j, swap);
        }
        Set<String> takenNames = new HashSet<>();
        SiteCatalogue.LANDMARKS.forEach(landmark -> takenNames.add(landmark.name()));
        List<DemoSite> result = new ArrayList<>(DEMO_SITE_COUNT);
        for (int index = 0; index < slots.size(); index++) {
            result.add(demoSite(index, slots.get(index), takenNames));
        }
        return List.copyOf(result);
    }

    private DemoSite demoSite(int index, Slot slot, Set<String> takenNames) {
        DemoRandom random = DemoRandom.forItem(SEED, DEMO_SITES_STREAM, index);
        Landmark landmark = slot.landmark();
        if (landmark != null) {
            int district = districtIndex(landmark.district());
            String organisationKey = landmark.organisationKey();
            DemoMember contact = random.pick(membersByKey.get(organisationKey));
            return new DemoSite(
                    uuid("site/" + index),
                    landmark.name(),
                    address(index, district, null, random),
                    landmark.district(),
                    PortAlderMap.positionIn(district, random),
                    landmark.sector(),
                    landmark.useType(),
                    landmark.capacity(),
                    organisationsByKey.get(organisationKey).id(),
                    contact.fullName(),
                    sitePhone(index),
                    mailboxesByKey.get(organisationKey),
                    SiteCatalogue.landmarkHours(landmark));
        }
        int district = random.pickWeighted(demoDistrictWeights[useTypeIndex(slot.useType())]);
        String districtName = districtName(district);
        DistrictPlan plan = PortAlderMap.DISTRICTS.get(district);
        Draft draft = SiteCatalogue.draft(slot.useType(), plan, random, slot.band());
        for (int attempt = 0; attempt < 40 && takenNames.contains(draft.name()); attempt++) {
            draft = SiteCatalogue.draft(slot.useType(), plan, random, slot.band());
        }
        String name = draft.name();
        if (takenNames.contains(name)) {
            name = name + ", " + districtName;
        }
        for (int n = 2; takenNames.contains(name); n++) {
            name = draft.name() + " " + n;
        }
        takenNames.add(name);
        return site(index, name, draft, slot.useType(), district, slot.band(), random, true);
    }

    private DemoSite scaleSite(int index) {
        DemoRandom random = DemoRandom.forItem(SEED, SCALE_SITES_STREAM, index);
        int useTypeIndex = random.pickWeighted(scaleUseWeights);
        UseType useType = SiteCatalogue.USE_TYPES.get(useTypeIndex);
        int district = random.pickWeighted(scaleDistrictWeights[useTypeIndex]);
        Draft draft = SiteCatalogue.draft(useType, PortAlderMap.DISTRICTS.get(district), random, -1);
        return site(index, draft.name(), draft, useType, district, -1, random, false);
    }

    private DemoSite site(
            int index,
            String name,
            Draft draft,
            UseType useType,
            int district,
            int band,
            DemoRandom random,
            boolean staffContact) {
        String organisationKey = draft.organisationKey();
        if (organisationKey == null && !draft.independent()) {
            List<String> usual = SiteCatalogue.USUAL_OPERATORS.get(useType.code());
            organisationKey = usual == null ? null : random.pick(usual);
        }
        String contactName;
        String contactEmail;
        if (organisationKey == null) {
            contactName = FictionalNames.person(random);
            contactEmail = "manager@" + FictionalNames.ascii(name, '-') + ".example";
        } else {
            contactName = staffContact
                    ? random.pick(membersByKey.get(organisationKey)).fullName()
                    : FictionalNames.person(random);
            contactEmail = mailboxesByKey.get(organisationKey);
        }
        return new DemoSite(
                uuid("site/" + index),
                name,
                address(index, district, draft.street(), random),
                districtName(district),
                PortAlderMap.positionIn(district, random),
                draft.sector(),
                useType.code(),
                capacity(random, draft.minCapacity(), draft.maxCapacity(), band),
                organisationKey == null
                        ? null
                        : organisationsByKey.get(organisationKey).id(),
                contactName,
                sitePhone(index),
                contactEmail,
                draft.hours());
    }

    /** Log-uniform between the bounds, so that small premises are the most common; rounded as people count. */
    private static int capacity(DemoRandom random, int min, int max, int band) {
        int low = min;
        int high = max;
        if (band == 0) {
            high = StrictMath.min(max, 199);
        } else if (band == 1) {
            low = StrictMath.max(min, 200);
            high = StrictMath.min(max, 799);
        } else if (band == 2) {
            low = StrictMath.max(min, 800);
        }
        double logLow = StrictMath.log(low);
        double value = StrictMath.exp(logLow + random.nextDouble() * (StrictMath.log(high) - logLow));
        int step = value >= 1000 ? 50 : value >= 200 ? 10 : value >= 40 ? 5 : 1;
        long rounded = StrictMath.round(value / step) * step;
        return (int) StrictMath.max(low, StrictMath.min(high, rounded));
    }

    private double[][] districtWeights(boolean demo) {
        double[][] weights = new double[SiteCatalogue.USE_TYPES.size()][];
        for (int u = 0; u < weights.length; u++) {
            UseType useType = SiteCatalogue.USE_TYPES.get(u);
            weights[u] = new double[PortAlderMap.DISTRICTS.size()];
            for (int d = 0; d < weights[u].length; d++) {
                DistrictPlan district = PortAlderMap.DISTRICTS.get(d);
                boolean allowed =
                        useType.districts().isEmpty() || useType.districts().contains(district.name());
                double weight = allowed ? (demo ? district.demoWeight() : district.scaleWeight()) : 0;
                if (useType.centreHeavy() && d <= 1) {
                    weight *= CENTRE_HEAVY_FACTOR;
                }
                weights[u][d] = weight;
            }
        }
        return weights;
    }

    private static String address(int index, int district, @Nullable String street, DemoRandom random) {
        DistrictPlan plan = PortAlderMap.DISTRICTS.get(district);
        int number = random.between(1, 180);
        String onStreet = street != null ? street : random.pick(plan.streets());
        // at scale, many places share a street number: a unit number keeps every name and address distinct
        String unit = index < DEMO_SITE_COUNT ? "" : "Unit " + (index - DEMO_SITE_COUNT + 1) + ", ";
        return unit + number + " " + onStreet + ", " + plan.name() + ", " + NAME;
    }

    private static String sitePhone(int index) {
        int number = index < DEMO_SITE_COUNT ? 100 + index : 400 + (index % 600);
        return "+44 1632 960" + threeDigits(number);
    }

    private static int districtIndex(String name) {
        for (int i = 0; i < PortAlderMap.DISTRICTS.size(); i++) {
            if (PortAlderMap.DISTRICTS.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no district named " + name);
    }

    private static String districtName(int index) {
        return PortAlderMap.DISTRICTS.get(index).name();
    }

    private static int useTypeIndex(UseType useType) {
        return SiteCatalogue.USE_TYPES.indexOf(useType);
    }

    private static boolean isRole(String text) {
        for (Role role : Role.values()) {
            if (role.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String threeDigits(int number) {
        if (number < 0 || number > 999) {
            throw new IllegalStateException("fictional number ranges hold 1,000 numbers, asked for " + number);
        }
        return String.valueOf(1000 + number).substring(1);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes((ID_PREFIX + name).getBytes(StandardCharsets.UTF_8));
    }
}
