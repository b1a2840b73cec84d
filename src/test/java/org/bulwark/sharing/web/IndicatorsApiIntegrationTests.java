package org.bulwark.sharing.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bulwark.identity.Role;
import org.bulwark.sharing.IndicatorReaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(IndicatorReaders.Configuration.class)
class IndicatorsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorReaders readers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListKeepsTheChosenSectorAndMatchesTextInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/indicators")
                        .param("sector", "retail")
                        .with(IndicatorPagesIntegrationTests.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("photography", "retail-precursor-purchases")))
                .andExpect(jsonPath("$[*].code", not(hasItem("hotels-room-kept-closed"))))
                .andExpect(jsonPath("$[?(@.code == 'photography')].part").value(hasItem("B")))
                .andExpect(jsonPath("$[?(@.code == 'photography')].tlp").value(hasItem("TLP:GREEN")))
                .andExpect(jsonPath("$[?(@.code == 'retail-precursor-purchases')].kind")
                        .value(hasItem("SECTOR_INDICATOR")));
        mvc.perform(get("/api/v1/indicators")
                        .param("q", "géorepérage")
                        .with(IndicatorPagesIntegrationTests.as(Role.INTEGRATION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("acquisition-expertise")));
    }

    @Test
    void anEntryTheCallerMayNotReadIsNotFound() throws Exception {
        UUID retailer = readers.give(UUID.randomUUID(), "sector:retail");
        UUID hotelier = readers.give(UUID.randomUUID(), "sector:hotels-restaurants");

        mvc.perform(get("/api/v1/indicators/hotels-room-kept-closed")
                        .with(IndicatorPagesIntegrationTests.as(retailer, Role.OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/indicators/hotels-room-kept-closed")
                        .with(IndicatorPagesIntegrationTests.as(hotelier, Role.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sector").value("hotels-restaurants"))
                .andExpect(jsonPath("$.audience[0]").value("sector:hotels-restaurants"));
    }

    @Test
    void aCoordinatorAddsAndChangesAnEntry() throws Exception {
        String code = "api-" + IndicatorPagesIntegrationTests.suffix();

        mvc.perform(post("/api/v1/indicators")
                        .with(IndicatorPagesIntegrationTests.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "A", null, null, "Gate rushing", "GREEN")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/indicators/" + code)))
                .andExpect(jsonPath("$.kind").value("CATEGORY"))
                .andExpect(jsonPath("$.audience[0]").value("network"));
        mvc.perform(put("/api/v1/indicators/{code}", code)
                        .with(IndicatorPagesIntegrationTests.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, null, null, null, "Gate rushing at opening", "AMBER+STRICT")
                                .replace("}", ", \"active\": false}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Gate rushing at opening"))
                .andExpect(jsonPath("$.tlp").value("TLP:AMBER+STRICT"))
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/indicators").with(IndicatorPagesIntegrationTests.as(Role.OPERATOR)))
                .andExpect(jsonPath("$[*].code", not(hasItem(code))));
    }

    @Test
    void badInputIsAProblemListingEachFieldAndNothingIsStored() throws Exception {
        long before = count();

        mvc.perform(post("/api/v1/indicators")
                        .with(IndicatorPagesIntegrationTests.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("photography", null, "photography", "spaceports", "", "PURPLE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "sector", "nameEn", "tlp")));
        mvc.perform(put("/api/v1/indicators/photography")
                        .with(IndicatorPagesIntegrationTests.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, null, null, null, "Photography", "GREEN")
                                .replace("\"network\"", "\"sector:nowhere\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience"));

        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyCoordinatorsChangeEntries() throws Exception {
        mvc.perform(put("/api/v1/indicators/photography")
                        .with(IndicatorPagesIntegrationTests.as(Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, null, null, null, "Taken over", "CLEAR")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/indicators")
                        .with(IndicatorPagesIntegrationTests.as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(
                                "api-refused-" + IndicatorPagesIntegrationTests.suffix(),
                                "A",
                                null,
                                null,
                                "Refused",
                                "GREEN")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/indicators/photography").with(IndicatorPagesIntegrationTests.as(Role.OPERATOR)))
                .andExpect(jsonPath("$.nameEn").value("Photography"))
                .andExpect(jsonPath("$.tlp").value("TLP:GREEN"));
    }

    private static String body(String code, String part, String category, String sector, String nameEn, String tlp) {
        return """
                {"code": %s, "part": %s, "category": %s, "sector": %s, "nameEn": "%s", "nameFr": "Nom %s",
                 "descriptionEn": "Running at a gate as it opens.",
                 "descriptionFr": "Courir vers une porte à son ouverture.",
                 "examplesEn": ["A group runs at the gate."], "examplesFr": ["Un groupe court vers la porte."],
                 "tlp": "%s", "audience": ["network"]}
                """.formatted(json(code), json(part), json(category), json(sector), nameEn, nameEn, tlp);
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private long count() {
        return jdbc.sql("select count(*) from indicator").query(Long.class).single();
    }
}
