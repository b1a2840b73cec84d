package org.bulwark.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.as;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.member;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.organisation;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bulwark.identity.Role;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Partners partners;

    @Autowired
    PartnerDirectory directory;

    @Test
    void coordinatorRegistersApprovesAndStaffsAnOrganisation() throws Exception {
        String name = unique("Api Arena");
        String created = send(post("/api/v1/organisations"), Role.COORDINATOR, body(name, "[\"stadia-arenas\"]"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/organisations/")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.sectors[0]").value("stadia-arenas"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        UUID id = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));

        send(post("/api/v1/organisations/{id}/approval", id), Role.COORDINATOR, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());
        send(post("/api/v1/organisations/{id}/members", id), Role.COORDINATOR, """
                        {"fullName": "Dana Cole", "jobTitle": "Head of security", "email": "dana.cole@example.org",
                         "phone": "+44 161 496 0000", "role": "OPERATOR"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("dana.cole@example.org"));

        mvc.perform(get("/api/v1/organisations/{id}", id).with(as(Role.ADVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.members[0].fullName").value("Dana Cole"))
                .andExpect(jsonPath("$.members[0].email").value("dana.cole@example.org"));
    }

    @Test
    void contactDetailsAreLeftOutForOutsiders() throws Exception {
        UUID id = partners.register(organisation(unique("Api Private Venue")));
        partners.approve(id);
        UUID ownAccount = UUID.randomUUID();
        partners.addMember(id, member("Lee Ward", "lee.ward@example.org", ownAccount));

        mvc.perform(get("/api/v1/organisations/{id}", id).with(as(Role.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactDetailsVisible").value(false))
                .andExpect(jsonPath("$.contact.email").value(nullValue()))
                .andExpect(jsonPath("$.members[0].fullName").value("Lee Ward"))
                .andExpect(jsonPath("$.members[0].jobTitle").value("Security manager"))
                .andExpect(jsonPath("$.members[0].email").value(nullValue()))
                .andExpect(jsonPath("$.members[0].phone").value(nullValue()));
        mvc.perform(get("/api/v1/organisations/{id}/members", id).with(as(ownAccount, Role.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value("lee.ward@example.org"));
    }

    @Test
    void operatorsCannotWrite() throws Exception {
        UUID id = partners.register(organisation(unique("Api Locked Venue")));

        send(post("/api/v1/organisations"), Role.OPERATOR, body(unique("Sneaky"), "[\"retail\"]"))
                .andExpect(status().isForbidden());
        send(post("/api/v1/organisations/{id}/approval", id), Role.OPERATOR, null)
                .andExpect(status().isForbidden());
        send(put("/api/v1/organisations/{id}", id), Role.ANALYST, body(unique("Renamed"), "[\"retail\"]"))
                .andExpect(status().isForbidden());
        assertThat(partners.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void missingFieldsAreListedAsProblemJson() throws Exception {
        send(post("/api/v1/organisations"), Role.COORDINATOR, "{\"name\": \"\", \"sectors\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sectors")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("region")));
    }

    @Test
    void unknownSectorAndBadEmailAreBadRequests() throws Exception {
        String name = unique("Api Invalid");
        send(post("/api/v1/organisations"), Role.COORDINATOR, """
                        {"kind": "PUBLIC", "name": "%s", "sectors": ["space-ports"], "region": "North",
                         "contactEmail": "someone@nowhere"}""".formatted(name))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'sectors')].reason")
                        .value(hasItem(org.hamcrest.Matchers.containsString("space-ports"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'contactEmail')].code")
                        .value(hasItem("partners.email.invalid")));
        assertThat(directory.organisationNamed(name)).isEmpty();
    }

    @Test
    void duplicateNameIsAConflict() throws Exception {
        String name = unique("Api Duplicate");
        partners.register(organisation(name));

        send(post("/api/v1/organisations"), Role.COORDINATOR, body(name.toUpperCase(), "[\"retail\"]"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(
                        jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("already exists")));
    }

    @Test
    void unknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/organisations/{id}", UUID.randomUUID()).with(as(Role.COORDINATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void coordinatorRemovesAMember() throws Exception {
        UUID id = partners.register(organisation(unique("Api Shrinking Venue")));
        UUID member = partners.addMember(id, member("Max Hill", "max.hill@example.org", null));

        mvc.perform(delete("/api/v1/organisations/{id}/members/{m}", id, member).with(as(Role.COORDINATOR)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/organisations/{id}/members/{m}", id, member).with(as(Role.COORDINATOR)))
                .andExpect(status().isNotFound());
        assertThat(partners.members(id)).isEmpty();
    }

    @Test
    void searchIsPagedAndShowsOtherRolesApprovedOrganisationsOnly() throws Exception {
        String marker = unique("Api Search");
        partners.approve(partners.register(organisation(marker + " A")));
        partners.register(organisation(marker + " B"));
        partners.approve(partners.register(organisation(marker + " C")));

        mvc.perform(get("/api/v1/organisations")
                        .param("q", marker)
                        .param("size", "1")
                        .with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.items[0].name").value(marker + " A"));
        mvc.perform(get("/api/v1/organisations")
                        .param("q", marker)
                        .param("status", "PENDING")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[*].status")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("APPROVED"))));
    }

    @Test
    void sectorsAreListedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/sectors").param("lang", "fr").with(as(Role.INTEGRATION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'transport')].name").value(hasItem("Transports")))
                .andExpect(jsonPath("$[?(@.code == 'transport')].nameEn").value(hasItem("Transport")));
    }

    @Test
    void endpointsAreDocumentedForOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}/approval'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}/members/{memberId}'].delete")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/sectors'].get").exists());
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role, String json)
            throws Exception {
        RequestPostProcessor who = as(role);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(who));
    }

    private static String body(String name, String sectors) {
        return """
                {"kind": "PRIVATE", "name": "%s", "sectors": %s, "region": "Central District",
                 "website": "https://www.example.org", "contactName": "Pat Doe",
                 "contactEmail": "pat.doe@example.org", "contactPhone": "+44 20 7946 0000"}""".formatted(name, sectors);
    }
}
