package org.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Role;
import org.bulwark.partners.OrganisationKind;
import org.junit.jupiter.api.Test;

class DemoCityUnitTests {

    /** Changes only when the generator is changed on purpose; then the demo data changes for everyone. */
    private static final String ORGANISATIONS_CHECKSUM =
            "2a7bd3643265a32e94fa41bc597eade81fc87c2fa0ac40a7108c52b4f0901ee7";

    private static final String DEMO_SITES_CHECKSUM =
            "b8246aa2d7a6f4f49d815cbb2f6f34ffb1b7d703db4aeef879f0e74fb3c4cbd5";

    private static final String PEOPLE_CHECKSUM = "b7d7e1a7fb5dedeb30a900edeb42af62b1b39e6418e7d24ce31cc8cdc7cff0fd";

    private final DemoCity city = new DemoCity();

    @Test
    void twoGeneratorsMakeTheSameCity() {
        DemoCity other = new DemoCity();

        assertThat(other.organisations()).isEqualTo(city.organisations());
        assertThat(other.members()).isEqualTo(city.members());
        assertThat(other.accounts()).isEqualTo(city.accounts());
        assertThat(other.demoSites()).isEqualTo(city.demoSites());
        assertThat(other.sites(5_000).toList()).isEqualTo(city.sites(5_000).toList());
    }

    @Test
    void cityIsTheSameOnEveryRunAndJvm() {
        assertThat(checksum(city.organisations().stream().map(DemoCityUnitTests::canonical)))
                .isEqualTo(ORGANISATIONS_CHECKSUM);
        assertThat(checksum(city.sites(DemoCity.DEMO_SITE_COUNT).map(DemoCityUnitTests::canonical)))
                .isEqualTo(DEMO_SITES_CHECKSUM);
        assertThat(checksum(Stream.concat(
                        city.members().stream().map(DemoCityUnitTests::canonical),
                        city.accounts().stream().map(DemoCityUnitTests::canonical))))
                .isEqualTo(PEOPLE_CHECKSUM);
    }

    @Test
    void siteNumberNIsTheSameWhateverTheNumberOfSitesAsked() {
        List<DemoSite> thousand = city.sites(1_000).toList();

        assertThat(thousand.subList(0, DemoCity.DEMO_SITE_COUNT)).isEqualTo(city.demoSites());
        assertThat(city.sites(120).toList()).isEqualTo(thousand.subList(0, 120));
        assertThat(city.sites(3_000).limit(1_000).toList()).isEqualTo(thousand);
        assertThat(city.sites(3_000).parallel().skip(500).limit(500).toList()).isEqualTo(thousand.subList(500, 1_000));
    }

    @Test
    void negativeNumberOfSitesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> city.sites(-1)).withMessageContaining("-1");
        assertThat(city.sites(0)).isEmpty();
    }

    @Test
    void sectorCodesAreThoseOfThePartnersCatalogue() throws IOException {
        assertThat(DemoCity.SECTOR_CODES).containsExactlyElementsOf(catalogueSectorCodes());
    }

    @Test
    void networkHasSixtyOrganisationsOfEveryKind() {
        List<DemoOrganisation> organisations = city.organisations();
        Set<String> districtNames =
                city.districts().stream().map(DemoDistrict::name).collect(Collectors.toSet());

        assertThat(organisations).hasSize(60);
        assertThat(organisations).extracting(DemoOrganisation::id).doesNotHaveDuplicates();
        assertThat(organisations)
                .extracting(o -> o.name().toLowerCase(java.util.Locale.ROOT))
                .doesNotHaveDuplicates();
        assertThat(organisations).extracting(DemoOrganisation::kind).containsOnly(OrganisationKind.values());
        assertThat(organisations.stream().flatMap(o -> o.sectorCodes().stream()))
                .isSubsetOf(DemoCity.SECTOR_CODES)
                .containsAll(DemoCity.SECTOR_CODES);
        assertThat(organisations).allSatisfy(o -> {
            assertThat(districtNames).contains(o.region());
            assertThat(o.contactEmail()).endsWith("." + "example").contains("@");
            assertThat(o.website()).startsWith("https://www.").endsWith(".example");
            assertThat(o.contactPhone()).matches("\\+44 1632 960\\d{3}");
        });
        assertThat(organisations).extracting(DemoOrganisation::contactPhone).doesNotHaveDuplicates();
    }

    @Test
    void networkHasOneHundredFiftyMembersWithRolesFittingTheirOrganisation() {
        Map<UUID, DemoOrganisation> organisations = byId(city.organisations(), DemoOrganisation::id);
        List<DemoMember> members = city.members();

        assertThat(members).hasSize(150);
        assertThat(members).extracting(DemoMember::id).doesNotHaveDuplicates();
        assertThat(members).extracting(DemoMember::fullName).doesNotHaveDuplicates();
        assertThat(members).extracting(DemoMember::email).doesNotHaveDuplicates();
        assertThat(members).extracting(DemoMember::phone).doesNotHaveDuplicates();
        assertThat(members).allSatisfy(m -> {
            DemoOrganisation organisation = organisations.get(m.organisationId());
            assertThat(organisation).isNotNull();
            assertThat(m.email()).matches("[a-z0-9-]+\\.[a-z0-9-]+@[a-z0-9-]+\\.example");
            assertThat(m.phone()).matches("\\+44 7700 900\\d{3}");
            assertThat(m.jobTitle()).isNotBlank();
            assertThat(m.role()).isNotEqualTo(Role.INTEGRATION);
            if (organisation.kind() != OrganisationKind.PUBLIC) {
                assertThat(m.role()).isEqualTo(Role.OPERATOR);
            }
        });
        assertThat(members)
                .extracting(DemoMember::role)
                .containsAll(EnumSet.complementOf(EnumSet.of(Role.INTEGRATION)));
        assertThat(members.stream()
                        .filter(m ->
                                organisations.get(m.organisationId()).name().equals("Port Alder Police"))
                        .map(DemoMember::role))
                .contains(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR)
                .doesNotContain(Role.OPERATOR);
        assertThat(members.stream().filter(m -> m.role() == Role.OPERATOR).count())
                .isGreaterThan(members.size() / 2);
    }

    @Test
    void everyRoleHasAnAccountNamedAfterIt() {
        Map<String, DemoAccount> accounts = byId(city.accounts(), DemoAccount::username);
        Map<UUID, DemoMember> members = byId(city.members(), DemoMember::id);

        assertThat(accounts)
                .containsKeys("coordinator", "analyst", "advisor", "operator", "integration", "overseer", "admin");
        for (Role role : Role.values()) {
            assertThat(accounts.get(role.name().toLowerCase(java.util.Locale.ROOT))
                            .role())
                    .isEqualTo(role);
        }
        assertThat(city.accounts()).extracting(DemoAccount::id).doesNotHaveDuplicates();
        assertThat(city.accounts()).filteredOn(a -> a.role() == Role.OPERATOR).hasSizeGreaterThan(3);
        assertThat(city.accounts()).allSatisfy(a -> {
            if (a.memberId() != null) {
                DemoMember member = members.get(a.memberId());
                assertThat(member.role()).isEqualTo(a.role());
                assertThat(member.organisationId()).isEqualTo(a.organisationId());
                assertThat(a.displayName()).isEqualTo(member.fullName());
            }
        });
        assertThat(accounts.get("integration").memberId()).isNull();
        assertThat(accounts.get("integration").organisationId()).isNotNull();
        assertThat(city.accounts())
                .extracting(DemoAccount::memberId)
                .filteredOn(Objects::nonNull)
                .doesNotHaveDuplicates();
    }

    @Test
    void operatorAccountBelongsToAPrivateOperatorWithSeveralSites() {
        DemoAccount operator = byId(city.accounts(), DemoAccount::username).get("operator");
        DemoOrganisation organisation =
                byId(city.organisations(), DemoOrganisation::id).get(operator.organisationId());

        assertThat(organisation.kind()).isEqualTo(OrganisationKind.PRIVATE);
        assertThat(city.demoSites())
                .filteredOn(s -> operator.organisationId().equals(s.organisationId()))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void sharingGroupsHoldOrganisationsOfTheNetworkAndPeopleWhoBelongToOne() {
        Map<UUID, DemoOrganisation> organisations = byId(city.organisations(), DemoOrganisation::id);
        Map<String, DemoAccount> accounts = byId(city.accounts(), DemoAccount::username);

        assertThat(city.sharingGroups())
                .extracting(DemoSharingGroup::name)
                .containsExactly("Harbourside venue security", "Faith and community safety");
        assertThat(city.sharingGroups()).allSatisfy(group -> {
            assertThat(group.organisationIds()).doesNotHaveDuplicates().allMatch(organisations::containsKey);
            assertThat(group.usernames())
                    .allSatisfy(username ->
                            assertThat(accounts.get(username).memberId()).isNotNull());
            assertThat(group.description()).isNotBlank();
        });
        assertThat(city.sharingGroups().get(0).organisationIds())
                .extracting(id -> organisations.get(id).name())
                .contains("Alder Live Venues Ltd", "Neon Tide Leisure Group", "Harbour Point Estates");
        assertThat(city.sharingGroups().get(1).organisationIds())
                .extracting(id -> organisations.get(id).name())
                .contains("Port Alder Council of Faiths", "St Brendan's Catholic Schools Trust");
        assertThat(new DemoCity().sharingGroups()).isEqualTo(city.sharingGroups());
    }

    @Test
    void demoSitesSpanEverySectorUseTypeAndTier() {
        List<DemoSite> sites = city.demoSites();

        assertThat(sites).hasSize(DemoCity.DEMO_SITE_COUNT);
        assertThat(sites).extracting(DemoSite::id).doesNotHaveDuplicates();
        assertThat(sites).extracting(DemoSite::name).doesNotHaveDuplicates();
        assertThat(sites).extracting(DemoSite::sectorCode).containsOnly(DemoCity.SECTOR_CODES.toArray(String[]::new));
        assertThat(sites).extracting(DemoSite::useType).containsOnly(DemoCity.USE_TYPES.toArray(String[]::new));
        assertThat(tierBands(sites)).containsExactlyInAnyOrder("under 200", "200-799", "800 and more");
        for (String useType : List.of("place-of-worship", "school")) {
            assertThat(tierBands(sites.stream()
                            .filter(s -> s.useType().equals(useType))
                            .toList()))
                    .as(useType)
                    .containsExactlyInAnyOrder("under 200", "200-799", "800 and more");
        }
        // shuffled, so that a shorter demo still spans the sectors
        assertThat(sites.subList(0, 100).stream().map(DemoSite::sectorCode).distinct())
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void demoSitesHaveOperatorsContactsAndHours() {
        Map<UUID, DemoOrganisation> organisations = byId(city.organisations(), DemoOrganisation::id);

        assertThat(city.demoSites()).allSatisfy(s -> {
            assertThat(s.capacity()).isPositive();
            assertThat(s.address()).endsWith(", " + s.district() + ", Port Alder");
            assertThat(s.contactName()).isNotBlank();
            assertThat(s.contactEmail()).endsWith(".example");
            assertThat(s.contactPhone()).matches("\\+44 1632 960\\d{3}");
            assertThat(s.openingHours()).isNotBlank();
            if (s.organisationId() != null) {
                assertThat(organisations).containsKey(s.organisationId());
            }
        });
        assertThat(city.demoSites()).extracting(DemoSite::contactPhone).doesNotHaveDuplicates();
        assertThat(city.demoSites())
                .filteredOn(s -> s.organisationId() != null)
                .hasSizeGreaterThan(DemoCity.DEMO_SITE_COUNT / 2);
        assertThat(city.demoSites())
                .extracting(DemoSite::name)
                .contains("Port Alder Arena", "St Brendan's Church", "Harbour Point Shopping Centre");
    }

    @Test
    void everySiteLiesInItsDistrictInsideTheCity() {
        assertThat(city.districts()).hasSize(8).allSatisfy(d -> {
            assertThat(city.contains(d.centre())).isTrue();
            assertThat(city.districtAt(d.centre())).isEqualTo(d);
        });
        assertThat(city.sites(20_000)).allSatisfy(s -> {
            assertThat(city.contains(s.location())).as(s.name()).isTrue();
            assertThat(city.bounds().contains(s.location())).isTrue();
            assertThat(city.districtAt(s.location()).name()).isEqualTo(s.district());
        });
        assertThat(city.demoSites())
                .extracting(DemoSite::district)
                .containsAll(city.districts().stream().map(DemoDistrict::name).toList());
    }

    @Test
    void pointsOutsideTheCityOrAtSeaAreNotInIt() {
        GeoPoint offshore = new GeoPoint(city.centre().latitude(), city.centre().longitude() + 0.08);
        GeoPoint farInland =
                new GeoPoint(city.centre().latitude(), city.centre().longitude() - 0.5);

        assertThat(city.contains(city.centre())).isTrue();
        assertThat(city.contains(offshore)).isFalse();
        assertThat(city.contains(farInland)).isFalse();
    }

    @Test
    void millionSitesStreamWithADenseCentreAndALongTail() {
        GeoPoint centre = city.centre();
        LongAdder count = new LongAdder();
        LongAdder withinTwoKm = new LongAdder();
        LongAdder beyondTenKm = new LongAdder();
        LongAdder outside = new LongAdder();
        long started = System.nanoTime();

        city.sites(1_000_000).forEach(s -> {
            count.increment();
            double km = kilometres(centre, s.location());
            if (km <= 2.0) {
                withinTwoKm.increment();
            } else if (km > 10.0) {
                beyondTenKm.increment();
            }
            if (!city.contains(s.location())) {
                outside.increment();
            }
        });

        System.out.printf(
                "1,000,000 sites in %d ms: %d within 2 km of the centre, %d beyond 10 km%n",
                (System.nanoTime() - started) / 1_000_000, withinTwoKm.sum(), beyondTenKm.sum());
        assertThat(count.sum()).isEqualTo(1_000_000);
        assertThat(outside.sum()).isZero();
        assertThat(withinTwoKm.sum()).isBetween(5_000L, 40_000L);
        assertThat(beyondTenKm.sum()).isGreaterThan(50_000L);
    }

    private static Set<String> tierBands(List<DemoSite> sites) {
        return sites.stream()
                .map(s -> s.capacity() < 200 ? "under 200" : s.capacity() < 800 ? "200-799" : "800 and more")
                .collect(Collectors.toSet());
    }

    private static List<String> catalogueSectorCodes() throws IOException {
        try (InputStream in = DemoCityUnitTests.class.getResourceAsStream("/db/migration/partners/V1__partners.sql")) {
            assertThat(in).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String inserts = sql.substring(sql.indexOf("insert into sector"));
            Matcher matcher = Pattern.compile("\\(\\s*'([a-z-]+)'").matcher(inserts);
            List<String> codes = new java.util.ArrayList<>();
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
            return codes;
        }
    }

    /** Great-circle distance. */
    private static double kilometres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    /** Every field, doubles by their exact bits, so that the text does not depend on number formatting. */
    private static String canonical(Record record) {
        return Stream.of(record.getClass().getRecordComponents())
                .map(component -> {
                    try {
                        return text(component.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.joining("\u001f"));
    }

    private static String text(Object value) {
        if (value instanceof GeoPoint point) {
            return Long.toHexString(Double.doubleToLongBits(point.latitude())) + ","
                    + Long.toHexString(Double.doubleToLongBits(point.longitude()));
        }
        return String.valueOf(value);
    }

    private static String checksum(Stream<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
