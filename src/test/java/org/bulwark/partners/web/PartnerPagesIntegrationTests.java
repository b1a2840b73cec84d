package org.bulwark.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SectorCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PartnerPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Partners partners;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    SectorCatalogue catalogue;

    @Test
    void directorySearchAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
        String name = unique("Fragment Hall");
        partners.approve(partners.register(organisation(name)));

        String fragment = mvc.perform(get("/partners")
                        .param("q", name)
                        .header("HX-Request", "true")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/partners").param("q", name).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).doesNotContain("<html", "<nav class=\"navbar").contains("id=\"partner-results\"", name);
        Document full = Jsoup.parse(page);
        assertThat(full.select("html")).isNotEmpty();
        assertThat(full.select("form#partner-search").attr("hx-get")).isEqualTo("/partners");
        assertThat(full.select("form#partner-search").attr("hx-trigger")).contains("delay:300ms");
        assertThat(full.select("#partner-results a").eachText()).containsExactly(name);
        assertThat(full.select("#partner-results .badge").eachText()).containsExactly("Retail");
    }

    @Test
    void historyRestorationGetsTheFullPage() throws Exception {
        String page = mvc.perform(get("/partners")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(as(Role.COORDINATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html", "id=\"partner-search\"");
    }

    @Test
    void onlyCoordinatorsSeeOrganisationsThatAreNotApproved() throws Exception {
        String marker = unique("Visibility");
        partners.approve(partners.register(organisation(marker + " Approved")));
        UUID pending = partners.register(organisation(marker + " Pending"));

        assertThat(names(marker, Role.COORDINATOR)).containsExactly(marker + " Approved", marker + " Pending");
        assertThat(names(marker, Role.OPERATOR)).containsExactly(marker + " Approved");
        mvc.perform(get("/partners/{id}", pending).with(as(Role.ADVISOR))).andExpect(status().isNotFound());
    }

    @Test
    void directoryFiltersBySectorAndPages() throws Exception {
        String marker = unique("Paging");
        for (int i = 0; i < 22; i++) {
            partners.register(organisation(String.format("%s %02d", marker, i)));
        }
        Document second = Jsoup.parse(mvc.perform(get("/partners")
                        .param("q", marker)
                        .param("sector", "retail")
                        .param("page", "1")
                        .with(as(Role.COORDINATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(second.select("#partner-table tbody tr")).hasSize(2);
        assertThat(second.select("#result-count").text()).contains("22");
        assertThat(second.select("a[rel=prev]").attr("href")).contains("page=0", "sector=retail");
    }

    @Test
    void contactDetailsAreShownToPoliceRolesAndTheOrganisationsOwnPeopleOnly() throws Exception {
        UUID organisation = partners.register(organisation(unique("Contacts Arena")));
        partners.approve(organisation);
        UUID ownAccount = UUID.randomUUID();
        partners.addMember(organisation, member("Robin Shaw", "robin.shaw@example.org", ownAccount));
        UUID otherOrganisation = partners.register(organisation(unique("Other Venue")));
        UUID otherAccount = UUID.randomUUID();
        partners.addMember(otherOrganisation, member("Kim Lee", "kim.lee@example.org", otherAccount));

        for (Role role : new Role[] {Role.COORDINATOR, Role.ANALYST, Role.ADVISOR}) {
            assertThat(organisationPage(organisation, as(role))).as(role.name()).contains("robin.shaw@example.org");
        }
        assertThat(organisationPage(organisation, as(ownAccount, Role.OPERATOR)))
                .contains("robin.shaw@example.org", "Security manager");
        for (RequestPostProcessor outsider :
                new RequestPostProcessor[] {as(otherAccount, Role.OPERATOR), as(Role.OVERSEER), as(Role.ADMIN)}) {
            assertThat(organisationPage(organisation, outsider))
                    .contains("Robin Shaw", "Security manager", "id=\"contacts-hidden\"")
                    .doesNotContain("robin.shaw@example.org", "+44 20 7946");
        }
    }

    @Test
    void partnerSystemsHaveNoDirectory() throws Exception {
        mvc.perform(get("/partners").with(as(Role.INTEGRATION))).andExpect(status().isForbidden());
    }

    @Test
    void operatorsCannotChangeOrganisations() throws Exception {
        UUID organisation = partners.register(organisation(unique("Guarded Venue")));

        mvc.perform(post("/partners/{id}/approval", organisation).with(csrf()).with(as(Role.OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/partners/new").with(as(Role.OPERATOR))).andExpect(status().isForbidden());
        assertThat(partners.find(organisation).orElseThrow().status()).isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void coordinatorRegistersAnOrganisationAndIsSentToItsPage() throws Exception {
        String name = unique("Registered Through Form");

        String location = mvc.perform(post("/partners")
                        .param("name", name)
                        .param("kind", "CIVIL_SOCIETY")
                        .param("sectors", "places-of-worship", "education")
                        .param("region", "East End")
                        .param("contactEmail", "office@example.org")
                        .with(csrf())
                        .with(as(Role.COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        UUID id = directory.organisationNamed(name).orElseThrow().id();
        assertThat(location).isEqualTo("/partners/" + id);
        assertThat(partners.find(id).orElseThrow().sectors()).containsExactly("education", "places-of-worship");
    }

    @Test
    void formShowsEachErrorNextToItsFieldInTheReadersLanguage() throws Exception {
        String taken = unique("Taken Name");
        partners.register(organisation(taken));

        Document page = Jsoup.parse(mvc.perform(post("/partners")
                        .param("name", taken.toLowerCase())
                        .param("kind", "PRIVATE")
                        .param("region", "")
                        .param("contactEmail", "not-an-address")
                        .param("lang", "fr")
                        .with(csrf())
                        .with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#name-error").text()).contains("existe déjà");
        assertThat(page.select("#sectors-error").text()).contains("au moins un secteur");
        assertThat(page.select("#region-error").text()).isNotBlank();
        assertThat(page.select("#contactEmail-error").text()).contains("not-an-address");
        assertThat(page.select("input#name").attr("value")).isEqualTo(taken.toLowerCase());
        assertThat(directory.organisations()).extracting(o -> o.name()).doesNotContain(taken.toLowerCase());
    }

    @Test
    void coordinatorAddsAMemberWithAnInvalidAccountIdentifierAndIsToldWhy() throws Exception {
        UUID organisation = partners.register(organisation(unique("Member Form Venue")));

        Document page = Jsoup.parse(mvc.perform(post("/partners/{id}/members", organisation)
                        .param("fullName", "Chris Young")
                        .param("email", "chris.young@example.org")
                        .param("role", "OPERATOR")
                        .param("accountId", "12345")
                        .with(csrf())
                        .with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#accountId-error").text()).contains("12345");
        assertThat(partners.members(organisation)).isEmpty();
    }

    @Test
    void sectorInUseCannotBeDeletedFromTheCataloguePage() throws Exception {
        partners.register(organisation(unique("Retail Keeper")));

        mvc.perform(post("/sectors/retail/removal").with(csrf()).with(as(Role.COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("problems"))
                        .asString()
                        .contains("cannot be deleted", "Deactivate it instead"));
        assertThat(directory.sector("retail")).isPresent();
    }

    @Test
    void sectorCatalogueIsForCoordinatorsOnly() throws Exception {
        mvc.perform(get("/sectors").with(as(Role.ANALYST))).andExpect(status().isForbidden());
        Document page = Jsoup.parse(mvc.perform(get("/sectors").with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#sector-retail")).hasSize(1);
    }

    private java.util.List<String> names(String marker, Role role) throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get("/partners").param("q", marker).with(as(role)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return page.select("#partner-table tbody tr td:first-child a").eachText();
    }

    private String organisationPage(UUID organisation, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/partners/{id}", organisation).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static RequestPostProcessor as(Role role) {
        return as(UUID.randomUUID(), role);
    }

    static RequestPostProcessor as(UUID account, Role role) {
        return user(BulwarkUser.of(account, role.name().toLowerCase(), "Test " + role.name(), role));
    }

    static OrganisationDetails organisation(String name) {
        return new OrganisationDetails(
                OrganisationKind.PRIVATE,
                name,
                Set.of("retail"),
                "Central District",
                null,
                "Pat Doe",
                "pat.doe@example.org",
                "+44 20 7946 0000");
    }

    static MemberDetails member(String name, String email, UUID account) {
        return new MemberDetails(name, "Security manager", email, "+44 20 7946 0999", Role.OPERATOR, account);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
