package org.bulwark.sites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.internal.CsvSiteFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SiteImportIntegrationTests {

    static final BulwarkUser ADVISOR = SiteFixtures.user(Role.ADVISOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void goodRowsAreImportedAndTheBadRowIsReportedWithItsLine() throws Exception {
        String tag = SiteFixtures.unique("Batch");
        SiteFixtures.Organisation owner = SiteFixtures.organisation(jdbc, "Import Org");
        String csv = CsvSiteFile.COLUMNS + "\n"
                + tag + " A,1 Street,51.50,-0.12,stadia-arenas,arena,900," + owner.name() + ",,,,\n"
                + tag + " B,2 Street,51.51,-0.12,stadia-arenas,arena,300,,,,,\n"
                + tag + " C,3 Street,51.52,-0.12,stadia-arenas,arena,lots,,,,,\n"
                + tag + " D,4 Street,51.53,-0.12,places-of-worship,place-of-worship,1200,,,,,Daily\n";

        mvc.perform(multipart("/api/v1/sites/import")
                        .file(new MockMultipartFile("file", "sites.csv", "text/csv", bytes(csv)))
                        .with(user(ADVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.totalRows").value(4))
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].message").value("line 4: capacity 'lots' is not a whole number"));

        assertThat(namesLike(tag)).containsExactly(tag + " A", tag + " B", tag + " D");
        assertThat(jdbc.sql("select tier from site where name = ?")
                        .param(tag + " D")
                        .query(String.class)
                        .single())
                .isEqualTo("STANDARD");
        assertThat(jdbc.sql("select organisation_id from site where name = ?")
                        .param(tag + " A")
                        .query(java.util.UUID.class)
                        .single())
                .isEqualTo(owner.id());
    }

    @Test
    void aFileOfOnlyBadRowsChangesNothing() throws Exception {
        String tag = SiteFixtures.unique("AllBad");
        long before = siteCount();
        String csv = CsvSiteFile.COLUMNS + "\n"
                + tag + " A,1 Street,91,-0.12,stadia-arenas,arena,900,,,,,\n"
                + tag + " B,2 Street,51.5,-0.12,nowhere,arena,900,,,,,\n";

        mvc.perform(post("/api/v1/sites/import")
                        .contentType("text/csv")
                        .content(csv)
                        .with(user(ADVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value("latitude 91 is outside -90 to 90"))
                .andExpect(jsonPath("$.errors[1].line").value(3));

        assertThat(siteCount()).isEqualTo(before);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAProblem() throws Exception {
        mvc.perform(post("/api/v1/sites/import")
                        .contentType("text/csv")
                        .content("name,address\nA,B\n")
                        .with(user(ADVISOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("latitude, longitude, sector, use_type, capacity")))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.importStatus").value("FAILED"));
    }

    @Test
    void geoJsonBodyReportsBadFeaturesByNumber() throws Exception {
        String tag = SiteFixtures.unique("Geo");
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[-0.1,51.5]},
                  "properties":{"name":"%1$s A","address":"1 Street","sector":"retail","use_type":"market","capacity":250}},
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},
                  "properties":{"name":"%1$s B","address":"2 Street","sector":"retail","use_type":"market","capacity":250}}
                ]}""".formatted(tag);

        mvc.perform(post("/api/v1/sites/import")
                        .contentType("application/geo+json")
                        .content(json)
                        .with(user(ADVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("GEOJSON"))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.errors[0].feature").value(2))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("feature 2: the geometry is a LineString; only Point is accepted"));

        assertThat(namesLike(tag)).containsExactly(tag + " A");
    }

    @Test
    void uploadThroughThePageShowsProgressThenTheReport() throws Exception {
        String tag = SiteFixtures.unique("Ui");
        StringBuilder csv = new StringBuilder(CsvSiteFile.COLUMNS).append('\n');
        for (int i = 0; i < 3000; i++) {
            csv.append(tag)
                    .append(' ')
                    .append(i)
                    .append(",")
                    .append(i)
                    .append(" Road,51.5,-0.1,retail,retail-store,")
                    .append(i == 1500 ? "many" : "250")
                    .append(",,,,,\n");
        }

        String location = mvc.perform(multipart("/sites/import")
                        .file(new MockMultipartFile("file", "big.csv", "text/csv", bytes(csv.toString())))
                        .with(user(ADVISOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/sites/import/");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> mvc.perform(
                                get(location).header("HX-Request", "true").with(user(ADVISOR)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("<html"))))
                        .andExpect(content().string(containsString("id=\"import-summary\""))));

        mvc.perform(get(location).with(user(ADVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content()
                        .string(containsString("2,999 sites imported, 1 row rejected, of 3,000 rows in the file.")))
                .andExpect(
                        content().string(containsString("line 1502: capacity &#39;many&#39; is not a whole number")));
        assertThat(namesLike(tag)).hasSize(2999);

        mvc.perform(get(location + "/errors.csv").with(user(ADVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1502,\"capacity 'many' is not a whole number\"")));

        mvc.perform(get(location).with(user(SiteFixtures.user(Role.ADVISOR)))).andExpect(status().isNotFound());
    }

    @Test
    void theTemplateOfferedOnTheImportPageImportsWithoutErrors() throws Exception {
        String template = mvc.perform(get("/sites/import/template.csv").with(user(ADVISOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        mvc.perform(post("/api/v1/sites/import")
                        .contentType("text/csv")
                        .content(template)
                        .with(user(ADVISOR)))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.imported").value(3));
    }

    private java.util.List<String> namesLike(String tag) {
        return jdbc.sql("select name from site where name like ? order by name")
                .param(tag + "%")
                .query(String.class)
                .list();
    }

    private long siteCount() {
        return jdbc.sql("select count(*) from site").query(Long.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
