package org.bulwark;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The static files are served from their own paths, and links to pages are written as they are. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticFilesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "/webjars/bootstrap/css/bootstrap.min.css, text/css, Bootstrap",
        "/webjars/bootstrap/js/bootstrap.bundle.min.js, text/javascript, Bootstrap",
        "/webjars/htmx.org/dist/htmx.min.js, text/javascript, htmx",
        "/webjars/leaflet/dist/leaflet.js, text/javascript, Leaflet",
        "/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster-src.js, text/javascript, MarkerCluster",
        "/css/bulwark.css, text/css, {",
        "/js/bulwark.js, text/javascript, function",
        "/favicon.svg, image/svg+xml, <svg"
    })
    void servesEveryStaticFileThePagesLinkTo(String path, String type, String text) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(type)))
                .andExpect(content().string(containsString(text)));
    }

    @Test
    void servesNoFileOutsideTheStaticFolders() throws Exception {
        BulwarkUser casey = BulwarkUser.of(UUID.randomUUID(), "casey", "Casey", Role.COORDINATOR);
        for (String path : new String[] {"/application.yml", "/templates/layout.html", "/css/../application.yml"}) {
            mvc.perform(get(path).with(user(casey)))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().string(not(containsString("datasource"))));
        }
    }

    @Test
    void pageLinksStayAsWritten() throws Exception {
        mvc.perform(get("/bulletins").with(user(BulwarkUser.of(UUID.randomUUID(), "casey", "Casey", Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/bulletins/new\"")))
                .andExpect(content().string(containsString("/webjars/bootstrap/")));
    }
}
