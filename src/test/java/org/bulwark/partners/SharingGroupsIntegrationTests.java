package org.bulwark.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulwark.partners.PartnersIntegrationTests.member;
import static org.bulwark.partners.PartnersIntegrationTests.organisation;
import static org.bulwark.partners.PartnersIntegrationTests.unique;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class SharingGroupsIntegrationTests {

    static final UUID COORDINATOR = UUID.randomUUID();

    @Autowired
    SharingGroups groups;

    @Autowired
    Partners partners;

    @Test
    void newGroupHasNoMembersAndIsListedByNameWithItsCounts(AssertablePublishedEvents events) {
        String name = unique("Waterfront venues");

        UUID id = groups.create(new SharingGroupDetails("  " + name + " ", "  Venues on the quays.\nAnd hotels. "));

        SharingGroup group = groups.find(id).orElseThrow();
        assertThat(group.name()).isEqualTo(name);
        assertThat(group.description()).isEqualTo("Venues on the quays.\nAnd hotels.");
        assertThat(group.organisations()).isEmpty();
        assertThat(group.people()).isEmpty();
        assertThat(groups.list())
                .filteredOn(summary -> summary.id().equals(id))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.organisations()).isZero();
                    assertThat(summary.people()).isZero();
                });
        assertThat(events).contains(SharingGroupChanged.class).matching(SharingGroupChanged::group, id);
    }

    @Test
    void groupNamesAreUniqueIgnoringCase() {
        String name = unique("Night-time economy leads");
        groups.create(new SharingGroupDetails(name, null));

        assertThatThrownBy(() -> groups.create(new SharingGroupDetails(name.toUpperCase(), null)))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("name");
                            assertThat(violation.code()).isEqualTo("groups.name.duplicate");
                            assertThat(violation.message()).contains("already exists");
                        }));
        assertThat(groups.list())
                .filteredOn(g -> g.name().equalsIgnoreCase(name))
                .hasSize(1);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingChanges() {
        String name = unique("Stadium safety");
        UUID id = groups.create(new SharingGroupDetails(name, "Match days."));

        assertThatThrownBy(() -> groups.update(id, new SharingGroupDetails(" ", "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::field, InvalidPartnerData.Violation::code)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("name", "groups.name.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "description", "groups.description.tooLong")));
        assertThat(groups.find(id).orElseThrow().details()).isEqualTo(new SharingGroupDetails(name, "Match days."));
    }

    @Test
    void renamingKeepsTheMembersAndRefusesAnotherGroupsName() {
        String taken = unique("Taken group");
        groups.create(new SharingGroupDetails(taken, null));
        UUID id = groups.create(new SharingGroupDetails(unique("Old name"), null));
        UUID organisation = approvedOrganisation("Renamed Group Venue");
        groups.addOrganisation(id, organisation, COORDINATOR);

        String renamed = unique("New name");
        groups.update(id, new SharingGroupDetails(renamed, "Now described."));

        SharingGroup group = groups.find(id).orElseThrow();
        assertThat(group.name()).isEqualTo(renamed);
        assertThat(group.description()).isEqualTo("Now described.");
        assertThat(group.organisations())
                .extracting(SharingGroup.MemberOrganisation::organisation)
                .containsExactly(organisation);
        assertThatThrownBy(() -> groups.update(id, new SharingGroupDetails(taken.toLowerCase(), null)))
                .isInstanceOf(InvalidPartnerData.class);
        assertThat(groups.find(id).orElseThrow().name()).isEqualTo(renamed);
    }

    @Test
    void membersAreListedByNameWithTheirOrganisationAndWhoAddedThem() {
        UUID id = groups.create(new SharingGroupDetails(unique("Harbour"), null));
        UUID zephyr = approvedOrganisation("Zephyr Hall");
        UUID anchor = approvedOrganisation("Anchor Arena");
        UUID account = UUID.randomUUID();
        partners.addMember(zephyr, member("Yara Quinn", account));
        UUID otherAccount = UUID.randomUUID();
        partners.addMember(anchor, member("Abel Stone", otherAccount));

        groups.addOrganisation(id, zephyr, COORDINATOR);
        groups.addOrganisation(id, anchor, COORDINATOR);
        groups.addAccount(id, account, COORDINATOR);
        groups.addAccount(id, otherAccount, COORDINATOR);

        SharingGroup group = groups.find(id).orElseThrow();
        assertThat(group.organisations())
                .extracting(SharingGroup.MemberOrganisation::organisation)
                .containsExactly(anchor, zephyr);
        assertThat(group.organisations()).allSatisfy(organisation -> {
            assertThat(organisation.status()).isEqualTo(OrganisationStatus.APPROVED);
            assertThat(organisation.addedBy()).isEqualTo(COORDINATOR);
        });
        assertThat(group.people())
                .extracting(person -> person.person().fullName())
                .containsExactly("Abel Stone", "Yara Quinn");
        assertThat(group.people().get(1).person().organisation()).isEqualTo(zephyr);
        assertThat(group.people().get(1).person().organisationName()).startsWith("Zephyr Hall");
        assertThat(group.people().get(1).addedBy()).isEqualTo(COORDINATOR);
        assertThat(groups.list())
                .filteredOn(summary -> summary.id().equals(id))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.organisations()).isEqualTo(2);
                    assertThat(summary.people()).isEqualTo(2);
                });
    }

    @Test
    void addingAMemberAgainChangesNothing(AssertablePublishedEvents events) {
        UUID id = groups.create(new SharingGroupDetails(unique("Repeat"), null));
        UUID organisation = approvedOrganisation("Repeat Venue");
        groups.addOrganisation(id, organisation, COORDINATOR);
        long changes = changes(events, id);

        groups.addOrganisation(id, organisation, UUID.randomUUID());

        assertThat(groups.find(id).orElseThrow().organisations())
                .singleElement()
                .extracting(SharingGroup.MemberOrganisation::addedBy)
                .isEqualTo(COORDINATOR);
        assertThat(changes(events, id)).isEqualTo(changes);
    }

    @Test
    void onlyApprovedOrganisationsCanBeAdded() {
        UUID id = groups.create(new SharingGroupDetails(unique("Approved only"), null));
        UUID pending = partners.register(organisation(unique("Pending Venue")));

        assertThatThrownBy(() -> groups.addOrganisation(id, pending, COORDINATOR))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("organisation");
                            assertThat(violation.code()).isEqualTo("groups.organisation.notApproved");
                        }));
        assertThatThrownBy(() -> groups.addOrganisation(id, UUID.randomUUID(), COORDINATOR))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::code)
                                .containsExactly("groups.organisation.unknown"));
        assertThat(groups.find(id).orElseThrow().organisations()).isEmpty();
    }

    @Test
    void onlyPeopleOfApprovedOrganisationsCanBeAddedOneByOne() {
        UUID id = groups.create(new SharingGroupDetails(unique("People only"), null));
        UUID suspended = approvedOrganisation("Suspended Venue");
        UUID account = UUID.randomUUID();
        partners.addMember(suspended, member("Sam Reid", account));
        partners.suspend(suspended);

        assertThatThrownBy(() -> groups.addAccount(id, account, COORDINATOR))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("account");
                            assertThat(violation.code()).isEqualTo("groups.account.notApproved");
                            assertThat(violation.message()).contains("Sam Reid");
                        }));
        assertThatThrownBy(() -> groups.addAccount(id, UUID.randomUUID(), COORDINATOR))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::code)
                                .containsExactly("groups.account.unknown"));
        assertThat(groups.find(id).orElseThrow().people()).isEmpty();
    }

    @Test
    void removingMembersAndDeletingTheGroup(AssertablePublishedEvents events) {
        UUID id = groups.create(new SharingGroupDetails(unique("Short-lived"), null));
        UUID organisation = approvedOrganisation("Leaving Venue");
        UUID account = UUID.randomUUID();
        partners.addMember(organisation, member("Lou Vance", account));
        groups.addOrganisation(id, organisation, COORDINATOR);
        groups.addAccount(id, account, COORDINATOR);

        groups.removeOrganisation(id, organisation);
        groups.removeAccount(id, account);
        groups.removeAccount(id, UUID.randomUUID());

        SharingGroup group = groups.find(id).orElseThrow();
        assertThat(group.organisations()).isEmpty();
        assertThat(group.people()).isEmpty();

        groups.delete(id);

        assertThat(groups.find(id)).isEmpty();
        assertThat(groups.list()).noneMatch(summary -> summary.id().equals(id));
        assertThatThrownBy(() -> groups.delete(id)).isInstanceOf(PartnerNotFound.class);
        assertThatThrownBy(() -> groups.addOrganisation(id, organisation, COORDINATOR))
                .isInstanceOf(PartnerNotFound.class);
        assertThat(changes(events, id)).isEqualTo(6);
    }

    @Test
    void personWhoLeavesTheirOrganisationStaysListedWithoutAName() {
        UUID id = groups.create(new SharingGroupDetails(unique("Unlinked"), null));
        UUID organisation = approvedOrganisation("Unlinked Venue");
        UUID account = UUID.randomUUID();
        UUID member = partners.addMember(organisation, member("Ira Holt", account));
        groups.addAccount(id, account, COORDINATOR);

        partners.removeMember(organisation, member);

        assertThat(groups.find(id).orElseThrow().people()).singleElement().satisfies(person -> {
            assertThat(person.account()).isEqualTo(account);
            assertThat(person.person()).isNull();
        });
    }

    @Test
    void eligiblePeopleAreMembersWithAnAccountInAnApprovedOrganisation() {
        UUID approved = approvedOrganisation("Eligible Venue");
        UUID withAccount = UUID.randomUUID();
        partners.addMember(approved, member("Eve Lane", withAccount));
        partners.addMember(approved, member("Noah Noaccount", null));
        UUID pending = partners.register(organisation(unique("Ineligible Venue")));
        UUID pendingAccount = UUID.randomUUID();
        partners.addMember(pending, member("Pia Pending", pendingAccount));

        assertThat(groups.eligiblePeople())
                .extracting(SharingGroup.Person::account)
                .contains(withAccount)
                .doesNotContain(pendingAccount);
        assertThat(groups.eligiblePeople())
                .extracting(SharingGroup.Person::fullName)
                .doesNotContain("Noah Noaccount");
    }

    private static long changes(AssertablePublishedEvents events, UUID group) {
        long count = 0;
        for (SharingGroupChanged ignored :
                events.ofType(SharingGroupChanged.class).matching(SharingGroupChanged::group, group)) {
            count++;
        }
        return count;
    }

    private UUID approvedOrganisation(String name) {
        UUID id = partners.register(organisation(unique(name)));
        partners.approve(id);
        return id;
    }
}
