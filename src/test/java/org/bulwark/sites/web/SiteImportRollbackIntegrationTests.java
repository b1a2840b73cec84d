package org.bulwark.sites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bulwark.identity.Role;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.internal.CsvSiteFile;
import org.bulwark.sites.internal.JdbcSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SiteImportRollbackIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    JdbcSites sites;

    @Test
    void aFailureWhileSavingRollsBackEveryRowAndTheReportSaysSo() throws Exception {
        // the rows are inserted, then the database fails before the commit
        doAnswer(invocation -> {
                    invocation.callRealMethod();
                    throw new DataIntegrityViolationException("disk full");
                })
                .when(sites)
                .insertAll(any(), any());
        String tag = SiteFixtures.unique("Rollback");
        StringBuilder csv = new StringBuilder(CsvSiteFile.COLUMNS).append('\n');
        for (int i = 0; i < 2500; i++) {
            csv.append(tag).append(' ').append(i).append(",1 Road,51.5,-0.1,retail,market,250,,,,,\n");
        }

        mvc.perform(post("/api/v1/sites/import")
                        .contentType("text/csv")
                        .content(csv.toString())
                        .with(user(SiteFixtures.user(Role.COORDINATOR))))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.importStatus").value("FAILED"))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.failure", containsString("nothing was imported")));

        assertThat(jdbc.sql("select count(*) from site where name like ?")
                        .param(tag + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
