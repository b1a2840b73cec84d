package org.bulwark.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.RiskFixtures;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AssessmentReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportShowsTheSiteTheRiskFiguresAndTheSignOffOnARenderedPage() throws Exception {
        RiskFixtures fixtures = RiskFixtures.create(jdbc, sites, "Report", 12_000);
        BulwarkUser advisor =
                BulwarkUser.of(java.util.UUID.randomUUID(), "advisor-report", "Ada Advisor", Role.ADVISOR);
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(
                assessment.id(),
                List.of(RiskFixtures.workedVehicle(), RiskFixtures.workedDrone()),
                fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());
        assessments.approve(assessment.id(), null, advisor);

        byte[] pdf = mvc.perform(get("/assessments/{id}.pdf", assessment.id()).with(user(fixtures.operator())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertThat(nonWhitePixels(page)).isGreaterThan(page.getWidth() * page.getHeight() / 100);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(fixtures.site().details().name());
            assertThat(text).contains("Vehicle as a weapon 4 3 4 16 High 12 High");
            assertThat(text).contains("Drone (UAS) 2 3 4 8 Medium 8 Medium");
            assertThat(text).contains("VAW-3").contains("Disproportionate: UAS-1");
            assertThat(text).contains("Approved by Ada Advisor");
        }
    }

    @Test
    void nobodyOutsideTheSitesOrganisationGetsTheReport() throws Exception {
        RiskFixtures fixtures = RiskFixtures.create(jdbc, sites, "Private report", 100);
        RiskFixtures other = RiskFixtures.create(jdbc, sites, "Nosy", 100);
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());

        mvc.perform(get("/assessments/{id}.pdf", assessment.id()).with(user(other.operator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}.pdf", assessment.id()).with(user(RiskFixtures.user(Role.OVERSEER))))
                .andExpect(status().isForbidden());
    }

    private static long nonWhitePixels(BufferedImage image) {
        long count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }
}
