package org.bulwark.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.as;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.member;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.organisation;
import static org.bulwark.partners.web.PartnerPagesIntegrationTests.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class SharingGroupsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SharingGroups groups;

    @Autowired
    Partners partners;

    @Test
    void coordinatorDefinesFillsAndEmptiesAGroup() throws Exception {
        String name = unique("Api group");
        UUID coordinator = UUID.randomUUID();
        String location = send(post("/api/v1/sharing-groups"), Role.COORDINATOR, """
                        {"name": "%s", "description": "Venues on the quays."}""".formatted(name))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/sharing-groups/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.organisations").isEmpty())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        UUID organisation = approvedOrganisation("Api Group Venue");
        UUID account = UUID.randomUUID();
        partners.addMember(organisation, member("Ada Api", "ada.api@example.org", account));

        mvc.perform(put("/api/v1/sharing-groups/{id}/organisations/{o}", id, organisation)
                        .with(as(coordinator, Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations[0].id").value(organisation.toString()))
                .andExpect(jsonPath("$.organisations[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.organisations[0].addedBy").value(coordinator.toString()));
        send(put("/api/v1/sharing-groups/{id}/accounts/{a}", id, account), Role.COORDINATOR, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[0].accountId").value(account.toString()))
                .andExpect(jsonPath("$.people[0].fullName").value("Ada Api"))
                .andExpect(jsonPath("$.people[0].organisationId").value(organisation.toString()));
        send(put("/api/v1/sharing-groups/{id}", id), Role.COORDINATOR, """
                        {"name": "%s renamed"}""".formatted(name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + " renamed"))
                .andExpect(jsonPath("$.people.length()").value(1));
        send(get("/api/v1/sharing-groups"), Role.COORDINATOR, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].organisationCount".formatted(id))
                        .value(hasItem(1)))
                .andExpect(
                        jsonPath("$[?(@.id == '%s')].personCount".formatted(id)).value(hasItem(1)));

        send(delete("/api/v1/sharing-groups/{id}/organisations/{o}", id, organisation), Role.COORDINATOR, null)
                .andExpect(status().isNoContent());
        send(delete("/api/v1/sharing-groups/{id}/accounts/{a}", id, account), Role.COORDINATOR, null)
                .andExpect(status().isNoContent());
        assertThat(groups.find(id).orElseThrow().organisations()).isEmpty();
        assertThat(groups.find(id).orElseThrow().people()).isEmpty();

        send(delete("/api/v1/sharing-groups/{id}", id), Role.COORDINATOR, null).andExpect(status().isNoContent());
        send(get("/api/v1/sharing-groups/{id}", id), Role.COORDINATOR, null)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void analystsMayReadGroupsButNotChangeThem() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Analysts read"), null));
        UUID organisation = approvedOrganisation("Analyst Venue");

        send(get("/api/v1/sharing-groups"), Role.ANALYST, null).andExpect(status().isOk());
        send(get("/api/v1/sharing-groups/{id}", id), Role.ANALYST, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));
        send(post("/api/v1/sharing-groups"), Role.ANALYST, "{\"name\": \"%s\"}".formatted(unique("Analyst group")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(put("/api/v1/sharing-groups/{id}/organisations/{o}", id, organisation), Role.ANALYST, null)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(delete("/api/v1/sharing-groups/{id}", id), Role.ANALYST, null).andExpect(status().isForbidden());
        assertThat(groups.find(id).orElseThrow().organisations()).isEmpty();
    }

    @Test
    void otherRolesCannotEvenReadGroups() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Hidden group"), null));

        for (Role role : new Role[] {Role.ADVISOR, Role.OPERATOR, Role.INTEGRATION, Role.OVERSEER, Role.ADMIN}) {
            send(get("/api/v1/sharing-groups"), role, null)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            send(get("/api/v1/sharing-groups/{id}", id), role, null).andExpect(status().isForbidden());
        }
    }

    @Test
    void missingNameIsListedAsProblemJson() throws Exception {
        send(post("/api/v1/sharing-groups"), Role.COORDINATOR, "{\"name\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")));
    }

    @Test
    void takenNameIsAConflict() throws Exception {
        String name = unique("Api taken");
        groups.create(new SharingGroupDetails(name, null));

        send(post("/api/v1/sharing-groups"), Role.COORDINATOR, "{\"name\": \"%s\"}".formatted(name.toLowerCase()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("groups.name.duplicate"));
    }

    @Test
    void organisationThatIsNotApprovedIsABadRequestAndUnknownGroupIsNotFound() throws Exception {
        UUID id = groups.create(new SharingGroupDetails(unique("Api refusing"), null));
        UUID pending = partners.register(organisation(unique("Api Pending Venue")));

        send(put("/api/v1/sharing-groups/{id}/organisations/{o}", id, pending), Role.COORDINATOR, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("organisation"))
                .andExpect(jsonPath("$.errors[0].code").value("groups.organisation.notApproved"));
        send(put("/api/v1/sharing-groups/{id}/accounts/{a}", id, UUID.randomUUID()), Role.COORDINATOR, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("account"));
        send(put("/api/v1/sharing-groups/{id}/organisations/{o}", UUID.randomUUID(), pending), Role.COORDINATOR, null)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(
                        delete("/api/v1/sharing-groups/{id}/accounts/{a}", UUID.randomUUID(), UUID.randomUUID()),
                        Role.COORDINATOR,
                        null)
                .andExpect(status().isNotFound());
        assertThat(groups.find(id).orElseThrow().organisations()).isEmpty();
    }

    @Test
    void endpointsAreDocumentedForOpenApi() throws Exception {
        send(get("/v3/api-docs"), Role.COORDINATOR, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/sharing-groups'].post").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/sharing-groups/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sharing-groups/{id}/organisations/{organisationId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/sharing-groups/{id}/accounts/{accountId}'].delete")
                        .exists());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Role role, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as(role)));
    }

    private UUID approvedOrganisation(String name) {
        UUID id = partners.register(organisation(unique(name)));
        partners.approve(id);
        return id;
    }
}
