package org.bulwark.partners.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class JdbcReadersIntegrationTests {

    static final UUID COORDINATOR = UUID.randomUUID();

    @Autowired
    Readers readers;

    @Autowired
    Partners partners;

    @Autowired
    SharingGroups groups;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** A region of this test only, so that region keys reach no one else's organisations. */
    String region;

    final Set<UUID> created = new HashSet<>();

    UUID organisation;
    UUID operator;
    UUID colleague;

    @BeforeEach
    void network() {
        region = "East Quay " + UUID.randomUUID().toString().substring(0, 8);
        organisation = organisation("Quay Arena", Set.of("stadia-arenas", "major-events"));
        partners.approve(organisation);
        operator = account(Role.OPERATOR);
        colleague = account(Role.ADVISOR);
        partners.addMember(organisation, member("Ola Berg", operator));
        partners.addMember(organisation, member("Cy Ward", colleague));
    }

    @Test
    void memberOfAnApprovedOrganisationIsNamedByTheNetworkTheirOrganisationItsSectorsAndItsRegion() {
        Reader reader = readers.reader(operator, Role.ANALYST);

        assertThat(reader.account()).isEqualTo(operator);
        assertThat(reader.role()).as("the role given").isEqualTo(Role.ANALYST);
        assertThat(reader.organisation()).isEqualTo(organisation);
        assertThat(reader.keys())
                .containsExactlyInAnyOrder(
                        "network",
                        "member:" + operator,
                        "organisation:" + organisation,
                        "sector:stadia-arenas",
                        "sector:major-events",
                        "region:" + region.toLowerCase(Locale.ROOT));
        assertThat(reader.keys()).contains(new Audience(AudienceKind.REGION, region.toUpperCase(Locale.ROOT)).key());
    }

    @Test
    void accountOfNoOrganisationIsNamedByItsMemberKeyOnly() {
        UUID loner = account(Role.ADMIN);

        Reader reader = readers.reader(loner, Role.ADMIN);

        assertThat(reader.organisation()).isNull();
        assertThat(reader.keys()).containsExactly("member:" + loner);
        assertThat(readers.readers(List.of(loner)))
                .singleElement()
                .satisfies(found -> assertThat(found.keys()).containsExactly("member:" + loner));
    }

    @Test
    void readersTakeTheRoleFromTheAccountAndLeaveOutUnknownAccounts() {
        List<Reader> found = readers.readers(List.of(operator, colleague, UUID.randomUUID(), operator));

        assertThat(found).extracting(Reader::account).containsExactlyInAnyOrder(operator, colleague);
        assertThat(found)
                .filteredOn(reader -> reader.account().equals(colleague))
                .singleElement()
                .satisfies(reader -> {
                    assertThat(reader.role()).isEqualTo(Role.ADVISOR);
                    assertThat(reader.keys())
                            .isEqualTo(readers.reader(colleague, Role.ADVISOR).keys());
                });
        assertThat(readers.readers(List.of())).isEmpty();
    }

    @Test
    void addingAnOrganisationToAGroupNamesAllItsPeopleAtOnceAndRemovingItStopsAtOnce() {
        UUID group = groups.create(new SharingGroupDetails("Quay venues " + UUID.randomUUID(), null));
        String key = "group:" + group;
        assertThat(readers.reader(operator, Role.OPERATOR).keys()).doesNotContain(key);
        assertThat(mine(readers.reachedBy(List.of(key)))).isEmpty();

        groups.addOrganisation(group, organisation, COORDINATOR);

        assertThat(readers.reader(operator, Role.OPERATOR).keys()).contains(key);
        assertThat(readers.readers(List.of(operator, colleague)))
                .allMatch(reader -> reader.keys().contains(key));
        assertThat(mine(readers.reachedBy(List.of(key)))).containsExactlyInAnyOrder(operator, colleague);

        groups.removeOrganisation(group, organisation);

        assertThat(readers.reader(operator, Role.OPERATOR).keys()).doesNotContain(key);
        assertThat(readers.readers(List.of(operator, colleague)))
                .noneMatch(reader -> reader.keys().contains(key));
        assertThat(mine(readers.reachedBy(List.of(key)))).isEmpty();
    }

    @Test
    void personAddedOneByOneIsNamedByTheGroupButTheirColleaguesAreNot() {
        UUID group = groups.create(new SharingGroupDetails("Named people " + UUID.randomUUID(), null));
        String key = "group:" + group;

        groups.addAccount(group, operator, COORDINATOR);

        assertThat(readers.reader(operator, Role.OPERATOR).keys()).contains(key);
        assertThat(readers.reader(colleague, Role.ADVISOR).keys()).doesNotContain(key);
        assertThat(mine(readers.reachedBy(List.of(key)))).containsExactly(operator);

        groups.removeAccount(group, operator);

        assertThat(readers.reader(operator, Role.OPERATOR).keys()).doesNotContain(key);
        assertThat(mine(readers.reachedBy(List.of(key)))).isEmpty();
    }

    @Test
    void peopleOfASuspendedOrganisationKeepOnlyTheirMemberKey() {
        UUID group = groups.create(new SharingGroupDetails("Suspended members " + UUID.randomUUID(), null));
        groups.addOrganisation(group, organisation, COORDINATOR);
        groups.addAccount(group, operator, COORDINATOR);
        List<String> everyKey = List.of(
                "network",
                "organisation:" + organisation,
                "sector:stadia-arenas",
                "region:" + region,
                "group:" + group);
        assertThat(mine(readers.reachedBy(everyKey))).containsExactlyInAnyOrder(operator, colleague);

        partners.suspend(organisation);

        Reader reader = readers.reader(operator, Role.OPERATOR);
        assertThat(reader.organisation()).isNull();
        assertThat(reader.keys()).containsExactly("member:" + operator);
        assertThat(readers.readers(List.of(operator)))
                .singleElement()
                .satisfies(found -> assertThat(found.keys()).containsExactly("member:" + operator));
        assertThat(mine(readers.reachedBy(everyKey))).isEmpty();
        assertThat(mine(readers.reachedBy(List.of("member:" + operator)))).containsExactly(operator);

        partners.approve(organisation);

        assertThat(readers.reader(operator, Role.OPERATOR).keys()).contains("group:" + group, "network");
    }

    @Test
    void disabledAccountsAreLeftOutOfReadersAndReachedBy() {
        jdbc.sql("update account set enabled = false where id = ?")
                .param(colleague)
                .update();

        assertThat(readers.readers(List.of(operator, colleague)))
                .extracting(Reader::account)
                .containsExactly(operator);
        assertThat(mine(readers.reachedBy(List.of("organisation:" + organisation, "member:" + colleague))))
                .containsExactly(operator);
        assertThat(mine(readers.reachedBy(List.of("network")))).containsExactly(operator);
    }

    @Test
    void eachKindOfKeyReachesThePeopleItNames() {
        UUID other = organisation("Quay Library", Set.of("education"));
        partners.approve(other);
        UUID librarian = account(Role.OPERATOR);
        partners.addMember(other, member("Lin Page", librarian));
        UUID loner = account(Role.OVERSEER);

        assertThat(mine(readers.reachedBy(List.of("sector:stadia-arenas"))))
                .containsExactlyInAnyOrder(operator, colleague);
        assertThat(mine(readers.reachedBy(List.of("sector:education")))).containsExactly(librarian);
        assertThat(mine(readers.reachedBy(List.of("region:" + region.toUpperCase(Locale.ROOT)))))
                .containsExactlyInAnyOrder(operator, colleague, librarian);
        assertThat(mine(readers.reachedBy(List.of("organisation:" + other)))).containsExactly(librarian);
        assertThat(mine(readers.reachedBy(List.of("member:" + loner)))).containsExactly(loner);
        assertThat(mine(readers.reachedBy(List.of("network"))))
                .as("the network is the people of approved organisations")
                .containsExactlyInAnyOrder(operator, colleague, librarian);
        assertThat(readers.reachedBy(List.of("member:" + loner)))
                .singleElement()
                .satisfies(reader -> assertThat(reader.role()).isEqualTo(Role.OVERSEER));
    }

    @Test
    void keysThatNameNothingReachNoOne() {
        assertThat(readers.reachedBy(List.of())).isEmpty();
        assertThat(readers.reachedBy(List.of("unknown:thing", "member:not-a-uuid", "group:" + UUID.randomUUID())))
                .isEmpty();
    }

    /** Only the accounts of this test: the database holds those of other tests too. */
    private List<UUID> mine(Collection<Reader> reached) {
        return reached.stream().map(Reader::account).filter(created::contains).toList();
    }

    private UUID organisation(String name, Set<String> sectors) {
        return partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE,
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                sectors,
                region,
                null,
                null,
                null,
                null));
    }

    private UUID account(Role role) {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 12);
        UUID id = accounts.register(
                new NewAccount(username, "Reader " + username, username + "@example.org", role, "readers-test-pw-1"));
        created.add(id);
        return id;
    }

    private static MemberDetails member(String name, UUID account) {
        return new MemberDetails(
                name, null, name.toLowerCase().replace(' ', '.') + "@example.org", null, Role.OPERATOR, account);
    }
}
