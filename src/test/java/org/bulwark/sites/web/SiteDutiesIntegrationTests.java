package org.bulwark.sites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Duty;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.Tier;
import org.bulwark.sites.internal.SiteDuties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SiteDutiesIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    String tag;
    SiteFixtures.Organisation organisation;
    BulwarkUser operator;
    Site enhanced;
    Site standard;
    Site outOfScope;

    @BeforeEach
    void threeSitesOfEachTier() {
        tag = SiteFixtures.unique("Duties");
        organisation = SiteFixtures.organisation(jdbc, "Duty org");
        operator = SiteFixtures.operatorOf(jdbc, organisation);
        enhanced = sites.register(SiteFixtures.details(tag + " enhanced", organisation.id(), 5_000));
        standard = sites.register(SiteFixtures.details(tag + " standard", organisation.id(), 300));
        outOfScope = sites.register(SiteFixtures.details(tag + " small", organisation.id(), 50));
    }

    private long evidenceRows(Site site) {
        return jdbc.sql("select count(*) from site_duty_evidence where site_id = ?")
                .param(site.id())
                .query(Long.class)
                .single();
    }

    @Test
    void eachTierHasItsDutiesAndOutOfScopeSitesHaveNone() throws Exception {
        assertThat(enhanced.tier()).isEqualTo(Tier.ENHANCED);
        assertThat(standard.tier()).isEqualTo(Tier.STANDARD);
        assertThat(outOfScope.tier()).isEqualTo(Tier.OUT_OF_SCOPE);

        mvc.perform(get("/api/v1/sites/{id}/duties", enhanced.id()).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duties.length()").value(7))
                .andExpect(jsonPath("$.missing").value(7));
        mvc.perform(get("/api/v1/sites/{id}/duties", standard.id()).with(user(operator)))
                .andExpect(jsonPath("$.duties[*].duty")
                        .value(org.hamcrest.Matchers.contains(
                                "EVACUATION_PROCEDURE",
                                "INVACUATION_PROCEDURE",
                                "LOCKDOWN_PROCEDURE",
                                "COMMUNICATION_PROCEDURE")))
                .andExpect(jsonPath("$.duties[0].status").value("MISSING"));
        mvc.perform(get("/api/v1/sites/{id}/duties", outOfScope.id()).with(user(operator)))
                .andExpect(jsonPath("$.duties.length()").value(0));
    }

    @Test
    void aPdfAndADatedNoteAreStoredAsEvidenceAndTheDutyCountsAsProvided() throws Exception {
        mvc.perform(multipart("/sites/{id}/duties/evidence", enhanced.id())
                        .file(new MockMultipartFile("file", "lockdown.pdf", "application/pdf", PDF))
                        .param("duty", "LOCKDOWN_PROCEDURE")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(
                                "/api/v1/sites/{id}/duties/{duty}/evidence",
                                enhanced.id(),
                                "DESIGNATED_SENIOR_INDIVIDUAL")
                        .param("note", "Jo Bloggs, head of operations, appointed by the board")
                        .param("noteDate", "2026-11-01")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.noteDate").value("2026-11-01"));

        mvc.perform(get("/api/v1/sites/{id}/duties", enhanced.id()).with(user(operator)))
                .andExpect(jsonPath("$.missing").value(5))
                .andExpect(jsonPath("$.duties[?(@.duty == 'LOCKDOWN_PROCEDURE')].status")
                        .value(org.hamcrest.Matchers.hasItem("EVIDENCE_PROVIDED")));
        String evidenceId = jdbc.sql(
                        "select id from site_duty_evidence where site_id = ? and file_name = 'lockdown.pdf'")
                .param(enhanced.id())
                .query(String.class)
                .single();
        byte[] downloaded = mvc.perform(get("/sites/{id}/duties/evidence/{e}", enhanced.id(), evidenceId)
                        .with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
    }

    @Test
    void aFileOfTheWrongTypeOrTooLargeIsRefusedClearlyAndNothingIsStored() throws Exception {
        byte[] disguised = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
        Document page = Jsoup.parse(mvc.perform(multipart("/sites/{id}/duties/evidence", enhanced.id())
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", disguised))
                        .param("duty", "EVACUATION_PROCEDURE")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#duty-EVACUATION_PROCEDURE .invalid-feedback").text())
                .contains("plan.pdf")
                .contains("checked by its content");

        byte[] huge = Arrays.copyOf(PDF, SiteDuties.MAX_FILE_BYTES + 1);
        mvc.perform(multipart("/api/v1/sites/{id}/duties/{duty}/evidence", enhanced.id(), "SECURITY_DOCUMENT")
                        .file(new MockMultipartFile("file", "document.pdf", "application/pdf", huge))
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("10 MB")));
        mvc.perform(multipart("/api/v1/sites/{id}/duties/{duty}/evidence", standard.id(), "SECURITY_DOCUMENT")
                        .param("note", "Not a duty of a standard-tier site")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duty"));
        mvc.perform(multipart("/api/v1/sites/{id}/duties/{duty}/evidence", standard.id(), "LOCKDOWN_PROCEDURE")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(evidenceRows(enhanced)).isZero();
        assertThat(evidenceRows(standard)).isZero();
    }

    @Test
    void onlyTheSiteOperatorsCoordinatorsAndAdvisorsReachTheDutiesAndCoordinatorsSeeWhatIsMissing() throws Exception {
        BulwarkUser stranger = SiteFixtures.operatorOf(jdbc, SiteFixtures.organisation(jdbc, "Other duty org"));
        mvc.perform(get("/sites/{id}/duties", enhanced.id()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sites/{id}/duties", enhanced.id()).with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sites/{id}/duties", enhanced.id()).with(user(SiteFixtures.user(Role.ADVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Designated senior individual")));
        mvc.perform(get("/duties").with(user(operator))).andExpect(status().isForbidden());

        mvc.perform(multipart("/api/v1/sites/{id}/duties/{duty}/evidence", standard.id(), "EVACUATION_PROCEDURE")
                        .param("note", "Plan v2 signed off")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isCreated());
        Document overview = Jsoup.parse(mvc.perform(get("/duties")
                        .param("tier", "STANDARD")
                        .param("sector", "stadia-arenas")
                        .with(user(SiteFixtures.user(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(not(containsString(enhanced.details().name()))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String row = overview.select("#gap-" + standard.id()).text();
        assertThat(row).contains("Lockdown procedure").doesNotContain("Evacuation procedure");
        assertThat(overview.select("#gap-" + outOfScope.id())).isEmpty();
        assertThat(Duty.of(Tier.OUT_OF_SCOPE)).isEmpty();
    }
}
