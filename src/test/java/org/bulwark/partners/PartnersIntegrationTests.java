package org.bulwark.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PartnersIntegrationTests {

    @Autowired
    Partners partners;

    @Autowired
    PartnerDirectory directory;

    @Test
    void organisationNamesAreUniqueIgnoringCase() {
        String name = unique("Riverside Arena");
        partners.register(organisation(name));

        assertThatThrownBy(() -> partners.register(organisation("  " + name.toUpperCase() + " ")))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("name");
                            assertThat(violation.code()).isEqualTo("organisation.name.duplicate");
                            assertThat(violation.message()).contains("already exists");
                        }));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsWritten() {
        String name = unique("Harbour Mall");
        OrganisationDetails details = new OrganisationDetails(
                OrganisationKind.PRIVATE,
                name,
                Set.of("no-such-sector"),
                " ",
                "not a website",
                "Pat Doe",
                "pat-at-example.org",
                "call me");

        assertThatThrownBy(() -> partners.register(details))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::field)
                                .containsExactlyInAnyOrder(
                                        "sectors", "region", "website", "contactEmail", "contactPhone"));
        assertThat(directory.organisationNamed(name)).isEmpty();
    }

    @Test
    void newOrganisationsArePendingUntilApproved(Scenario scenario) {
        UUID id = partners.register(organisation(unique("Old Town Theatre")));
        assertThat(partners.find(id)).get().extracting(Organisation::status).isEqualTo(OrganisationStatus.PENDING);

        scenario.stimulate(() -> partners.approve(id))
                .andWaitForEventOfType(OrganisationApproved.class)
                .matchingMappedValue(OrganisationApproved::organisation, id)
                .toArriveAndVerify(event -> {
                    Organisation approved = partners.find(id).orElseThrow();
                    assertThat(approved.status()).isEqualTo(OrganisationStatus.APPROVED);
                    assertThat(approved.approvedAt()).isEqualTo(event.at());
                    assertThat(directory.organisation(id))
                            .get()
                            .extracting(OrganisationSummary::status)
                            .isEqualTo("APPROVED");
                });
    }

    @Test
    void approvingAnApprovedOrganisationPublishesNothingMore(AssertablePublishedEvents events) {
        UUID id = partners.register(organisation(unique("Cathedral Close")));
        partners.approve(id);
        partners.approve(id);

        assertThat(events.ofType(OrganisationApproved.class).matchingValue(OrganisationApproved::organisation, id))
                .hasSize(1);
    }

    @Test
    void suspendedOrganisationCanBeApprovedAgain(AssertablePublishedEvents events) {
        UUID id = partners.register(organisation(unique("Northern Line Stations")));
        partners.approve(id);
        partners.suspend(id);
        assertThat(partners.find(id)).get().extracting(Organisation::status).isEqualTo(OrganisationStatus.SUSPENDED);
        partners.approve(id);

        assertThat(events).contains(OrganisationSuspended.class).matching(OrganisationSuspended::organisation, id);
        assertThat(events.ofType(OrganisationApproved.class).matchingValue(OrganisationApproved::organisation, id))
                .hasSize(2);
    }

    @Test
    void addingAMemberPublishesMemberJoined(Scenario scenario) {
        UUID organisation = partners.register(organisation(unique("City Hospital")));

        scenario.stimulate(() -> partners.addMember(organisation, member("Sam Patel", null)))
                .andWaitForEventOfType(MemberJoined.class)
                .matchingMappedValue(MemberJoined::organisation, organisation)
                .toArriveAndVerify((event, member) -> {
                    assertThat(event.member()).isEqualTo(member);
                    assertThat(partners.members(organisation))
                            .extracting(Member::fullName)
                            .containsExactly("Sam Patel");
                });
    }

    @Test
    void anAccountBelongsToOneMemberOnly() {
        UUID account = UUID.randomUUID();
        UUID first = partners.register(organisation(unique("Grand Hotel")));
        UUID second = partners.register(organisation(unique("Central Station")));
        partners.addMember(first, member("Alex Morgan", account));

        assertThatThrownBy(() -> partners.addMember(second, member("Alex Morgan", account)))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("accountId");
                            assertThat(violation.message()).contains("Alex Morgan");
                        }));
        assertThat(directory.organisationOfAccount(account)).contains(first);
        assertThat(partners.members(second)).isEmpty();
    }

    @Test
    void removingAMemberUnlinksTheirAccount(AssertablePublishedEvents events) {
        UUID account = UUID.randomUUID();
        UUID organisation = partners.register(organisation(unique("Riverside Museum")));
        UUID member = partners.addMember(organisation, member("Jo Evans", account));

        partners.removeMember(organisation, member);

        assertThat(directory.organisationOfAccount(account)).isEmpty();
        assertThat(events).contains(MemberLeft.class).matching(MemberLeft::member, member);
    }

    @Test
    void bulkRegistrationIsAllOrNothing() {
        String good = unique("Market Square");
        String repeated = unique("Twin Venue");
        List<OrganisationDetails> batch =
                List.of(organisation(good), organisation(repeated), organisation(repeated.toLowerCase()));

        assertThatThrownBy(() -> partners.registerAll(batch))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::field)
                                .containsExactly("organisations[2].name"));
        assertThat(directory.organisationNamed(good)).isEmpty();
    }

    @Test
    void bulkRegistrationCreatesAManyOrganisationsNetworkQuickly() {
        String prefix = unique("Bulk");
        List<OrganisationDetails> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batch.add(organisation(prefix + " organisation " + i));
        }
        long started = System.nanoTime();
        List<UUID> ids = partners.registerAll(batch);
        for (UUID id : ids) {
            partners.approve(id);
            partners.addMembers(
                    id, List.of(member("First Person", null), member("Second Person", null), member("Third", null)));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(ids).hasSize(60).doesNotHaveDuplicates();
        assertThat(partners.search(new OrganisationQuery(prefix, null, null, null, OrganisationStatus.APPROVED), 0, 100)
                        .total())
                .isEqualTo(60);
        assertThat(millis).as("time to create 60 organisations and 180 members").isLessThan(20_000);
    }

    @Test
    void directorySearchCombinesNameSectorKindAndRegion() {
        String marker = unique("Filterable");
        String region = unique("Region");
        UUID stadium = partners.register(new OrganisationDetails(
                OrganisationKind.PUBLIC, marker + " Stadium", Set.of("stadia-arenas"), region, null, null, null, null));
        partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE, marker + " Shop", Set.of("retail"), region, null, null, null, null));

        OrganisationPage found = partners.search(
                new OrganisationQuery(marker.toLowerCase(), "stadia-arenas", region, OrganisationKind.PUBLIC, null),
                0,
                20);

        assertThat(found.items()).extracting(Organisation::id).containsExactly(stadium);
        assertThat(partners.search(new OrganisationQuery(marker, null, region, null, null), 0, 1))
                .satisfies(page -> {
                    assertThat(page.total()).isEqualTo(2);
                    assertThat(page.items()).hasSize(1);
                    assertThat(page.hasNext()).isTrue();
                });
    }

    @Test
    void searchTreatsWildcardsAsText() {
        String marker = unique("Percent");
        partners.register(organisation(marker + " 100% Venue"));
        partners.register(organisation(marker + " Other Venue"));

        assertThat(partners.search(new OrganisationQuery(marker + " 100%", null, null, null, null), 0, 20)
                        .items())
                .extracting(Organisation::name)
                .containsExactly(marker + " 100% Venue");
    }

    static OrganisationDetails organisation(String name) {
        return new OrganisationDetails(
                OrganisationKind.PRIVATE,
                name,
                Set.of("retail", "hotels-restaurants"),
                "Central District",
                "https://www.example.org",
                "Pat Doe",
                "pat.doe@example.org",
                "+44 20 7946 0000");
    }

    static MemberDetails member(String name, UUID account) {
        return new MemberDetails(
                name,
                "Security manager",
                name.toLowerCase().replace(' ', '.') + "@example.org",
                "+44 20 7946 0001",
                Role.OPERATOR,
                account);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
