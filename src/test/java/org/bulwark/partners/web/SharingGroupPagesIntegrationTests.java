package org.bulwark.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.as;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.member;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.organisation;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bulwark.identity.Role;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroup;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroups;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class SharingGroupPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SharingGroups groups;

    @Autowired
    Partners partners;

    @Test
    void onlyCoordinatorsMaySeeOrChangeSharingGroups() throws Exception {
        UUID group = groups.create(new SharingGroupDetails(unique("Guarded group"), null));
        UUID organisation = approvedOrganisation("Guarded Group Venue");

        for (Role role :
                new Role[] {Role.ANALYST, Role.ADVISOR, Role.OPERATOR, Role.INTEGRATION, Role.OVERSEER, Role.ADMIN}) {
            mvc.perform(get("/sharing-groups").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/sharing-groups/{id}", group).with(as(role))).andExpect(status().isForbidden());
            mvc.perform(post("/sharing-groups")
                            .param("name", unique("Sneaky group"))
                            .with(csrf())
                            .with(as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/sharing-groups/{id}/organisations", group)
                            .param("organisation", organisation.toString())
                            .with(csrf())
                            .with(as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/sharing-groups/{id}/removal", group).with(csrf()).with(as(role)))
                    .andExpect(status().isForbidden());
        }
        assertThat(groups.find(group).orElseThrow().organisations()).isEmpty();
    }

    @Test
    void coordinatorCreatesAGroupAndIsSentToItsPage() throws Exception {
        String name = unique("Venue security");

        String location = mvc.perform(post("/sharing-groups")
                        .param("name", name)
                        .param("description", "Security managers of the venues.")
                        .with(csrf())
                        .with(as(Role.COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        UUID id = groups.list().stream()
                .filter(group -> group.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(location).isEqualTo("/sharing-groups/" + id);
        Document page = page(get(location));
        assertThat(page.select("#group-name").text()).isEqualTo(name);
        assertThat(page.select("#group-description").text()).isEqualTo("Security managers of the venues.");
        assertThat(page.select("#no-organisations")).hasSize(1);
    }

    @Test
    void listShowsEveryGroupWithItsMemberCounts() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Counted group"), null));
        UUID organisation = approvedOrganisation("Counted Venue");
        UUID account = UUID.randomUUID();
        partners.addMember(organisation, member("Kai Moss", "kai.moss@example.org", account));
        groups.addOrganisation(id, organisation, UUID.randomUUID());
        groups.addAccount(id, account, UUID.randomUUID());

        Document page = page(get("/sharing-groups"));

        assertThat(page.select("#group-" + id + " a").attr("href")).isEqualTo("/sharing-groups/" + id);
        assertThat(page.select("#group-" + id + " .organisation-count").text()).isEqualTo("1");
        assertThat(page.select("#group-" + id + " .person-count").text()).isEqualTo("1");
        assertThat(page.select("form#group-form")).hasSize(1);
    }

    @Test
    void takenNameIsShownNextToTheFieldInTheReadersLanguage() throws Exception {
        String taken = unique("Taken group");
        groups.create(new SharingGroupDetails(taken, null));

        Document page = page(post("/sharing-groups")
                .param("name", taken.toUpperCase())
                .param("lang", "fr")
                .with(csrf()));

        assertThat(page.select("#name-error").text()).contains("existe déjà");
        assertThat(page.select("input#name").attr("value")).isEqualTo(taken.toUpperCase());
        assertThat(groups.list())
                .filteredOn(g -> g.name().equalsIgnoreCase(taken))
                .hasSize(1);
    }

    @Test
    void groupPageOffersApprovedOrganisationsAndPeopleWithAccountsOnly() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Offers"), null));
        UUID approved = approvedOrganisation("Offered Venue");
        UUID pending = partners.register(organisation(unique("Unoffered Venue")));
        UUID account = UUID.randomUUID();
        partners.addMember(approved, member("Remy Offered", "remy@example.org", account));
        partners.addMember(approved, member("Nell Noaccount", "nell@example.org", null));

        Document page = page(get("/sharing-groups/{id}", id));

        assertThat(page.select("#organisation option").eachAttr("value"))
                .contains(approved.toString())
                .doesNotContain(pending.toString());
        assertThat(page.select("#account option").eachAttr("value")).contains(account.toString());
        assertThat(page.select("#account option").eachText())
                .anyMatch(text -> text.startsWith("Remy Offered (Offered Venue"))
                .noneMatch(text -> text.contains("Nell Noaccount"));
    }

    @Test
    void addingAnOrganisationWithHtmxAnswersWithTheMembersSectionOnly() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Htmx group"), null));
        UUID organisation = approvedOrganisation("Htmx Venue");

        String fragment = mvc.perform(post("/sharing-groups/{id}/organisations", id)
                        .param("organisation", organisation.toString())
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).doesNotContain("<html", "<nav class=\"navbar");
        Document section = Jsoup.parseBodyFragment(fragment);
        assertThat(section.select("section#group-members")).hasSize(1);
        assertThat(section.select("#organisation-" + organisation + " a").text())
                .startsWith("Htmx Venue");
        assertThat(section.select("#members-notice").text()).contains("Htmx Venue", "is now in the group");
        assertThat(section.select("#organisation option").eachAttr("value")).doesNotContain(organisation.toString());
        assertThat(groups.find(id).orElseThrow().organisations())
                .extracting(SharingGroup.MemberOrganisation::organisation)
                .containsExactly(organisation);
    }

    @Test
    void addingAPersonWithoutScriptReturnsToTheGroupPage() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Plain form group"), null));
        UUID organisation = approvedOrganisation("Plain Venue");
        UUID account = UUID.randomUUID();
        partners.addMember(organisation, member("Pat Plain", "pat.plain@example.org", account));
        UUID coordinator = UUID.randomUUID();

        mvc.perform(post("/sharing-groups/{id}/accounts", id)
                        .param("account", account.toString())
                        .with(csrf())
                        .with(as(coordinator, Role.COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/sharing-groups/" + id + "#group-members"))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("memberNotice")).isEqualTo("groups.notice.personAdded"));

        SharingGroup group = groups.find(id).orElseThrow();
        assertThat(group.people()).singleElement().satisfies(person -> {
            assertThat(person.account()).isEqualTo(account);
            assertThat(person.addedBy()).isEqualTo(coordinator);
        });
        Document page = page(get("/sharing-groups/{id}", id));
        assertThat(page.select("#person-" + account).text()).contains("Pat Plain", "Plain Venue");
    }

    @Test
    void refusedOrganisationIsExplainedInTheMembersSection() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Refusing group"), null));
        UUID pending = partners.register(organisation(unique("Pending Htmx Venue")));

        Document section = page(post("/sharing-groups/{id}/organisations", id)
                .param("organisation", pending.toString())
                .header("HX-Request", "true")
                .with(csrf()));
        Document empty = page(post("/sharing-groups/{id}/organisations", id)
                .param("organisation", "")
                .header("HX-Request", "true")
                .with(csrf()));

        assertThat(section.select("#members-problems").text()).contains("not an approved partner");
        assertThat(section.select("#members-notice")).isEmpty();
        assertThat(empty.select("#members-problems").text()).contains("Choose an organisation");
        assertThat(groups.find(id).orElseThrow().organisations()).isEmpty();
    }

    @Test
    void removingMembersWithHtmxAndDeletingTheGroup() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Emptied group"), null));
        UUID organisation = approvedOrganisation("Removed Venue");
        UUID account = UUID.randomUUID();
        partners.addMember(organisation, member("Rae Removed", "rae@example.org", account));
        groups.addOrganisation(id, organisation, UUID.randomUUID());
        groups.addAccount(id, account, UUID.randomUUID());

        Document afterOrganisation = page(post("/sharing-groups/{id}/organisations/{o}/removal", id, organisation)
                .header("HX-Request", "true")
                .with(csrf()));
        Document afterPerson = page(post("/sharing-groups/{id}/accounts/{a}/removal", id, account)
                .header("HX-Request", "true")
                .with(csrf()));

        assertThat(afterOrganisation.select("#members-notice").text()).contains("Removed Venue");
        assertThat(afterOrganisation.select("#organisation-" + organisation)).isEmpty();
        assertThat(afterPerson.select("#members-notice").text()).contains("Rae Removed");
        assertThat(afterPerson.select("#no-people")).hasSize(1);

        mvc.perform(post("/sharing-groups/{id}/removal", id).with(csrf()).with(as(Role.COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sharing-groups"));
        assertThat(groups.find(id)).isEmpty();
        mvc.perform(get("/sharing-groups/{id}", id).with(as(Role.COORDINATOR))).andExpect(status().isNotFound());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private UUID approvedOrganisation(String name) {
        UUID id = partners.register(organisation(unique(name)));
        partners.approve(id);
        return id;
    }
}
