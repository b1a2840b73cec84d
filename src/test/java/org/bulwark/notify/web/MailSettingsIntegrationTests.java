package org.bulwark.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bulwark.MailServerTests;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.MailPreferences;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class MailSettingsIntegrationTests extends MailServerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MailPreferences preferences;

    @Test
    void thePageOffersTheThreeChoicesWithTheCurrentOneCheckedAndSaysMarkedItemsOnlyGetALink() throws Exception {
        UUID me = UUID.randomUUID();
        preferences.set(me, MailPreference.DAILY_DIGEST);

        Document page = page(me, Role.OPERATOR);

        assertThat(page.select("input[name=preference]").eachAttr("value"))
                .containsExactly("IMMEDIATELY", "DAILY_DIGEST", "OFF");
        assertThat(page.select("input[name=preference][checked]").attr("value")).isEqualTo("DAILY_DIGEST");
        assertThat(page.select("label[for=preference-OFF]").text()).isEqualTo("Off");
        assertThat(page.select("#preference-DAILY_DIGEST-help").text()).contains("One e-mail each morning");
        assertThat(page.select("#mail-settings-marking").text()).contains("TLP:RED", "TLP:AMBER+STRICT", "link");
        assertThat(page.select("form#mail-settings-form input[name=_csrf]")).isNotEmpty();
        assertThat(page.select("#nav-mail-settings").attr("href")).isEqualTo("/settings/mail");
    }

    @Test
    void savingAChoiceKeepsItAndSaysSo() throws Exception {
        UUID me = UUID.randomUUID();

        mvc.perform(post("/settings/mail")
                        .param("preference", "OFF")
                        .with(as(me, Role.ANALYST))
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings/mail"))
                .andExpect(flash().attribute("flashKey", "notify.settings.saved"));

        assertThat(preferences.of(me)).isEqualTo(MailPreference.OFF);
        assertThat(page(me, Role.ANALYST)
                        .select("input[name=preference][checked]")
                        .attr("value"))
                .isEqualTo("OFF");
    }

    @Test
    void htmxGetsTheSettingsFragmentBackWithTheConfirmation() throws Exception {
        UUID me = UUID.randomUUID();

        String fragment = mvc.perform(post("/settings/mail")
                        .param("preference", "DAILY_DIGEST")
                        .header("HX-Request", "true")
                        .with(as(me, Role.ADVISOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).doesNotContain("<html", "<nav class=\"navbar").contains("id=\"mail-settings\"");
        Document swapped = Jsoup.parse(fragment);
        assertThat(swapped.select("#flash").text()).isEqualTo("Your e-mail settings are saved.");
        assertThat(swapped.select("input[name=preference][checked]").attr("value"))
                .isEqualTo("DAILY_DIGEST");
        assertThat(preferences.of(me)).isEqualTo(MailPreference.DAILY_DIGEST);
    }

    @Test
    void anUnknownChoiceIsRefusedOnThePageAndChangesNothing() throws Exception {
        UUID me = UUID.randomUUID();
        preferences.set(me, MailPreference.DAILY_DIGEST);

        String page = mvc.perform(post("/settings/mail")
                        .param("preference", "HOURLY")
                        .with(as(me, Role.OPERATOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(page).select("#flash-error").text()).contains("Choose one of the options");
        assertThat(preferences.of(me)).isEqualTo(MailPreference.DAILY_DIGEST);
    }

    @Test
    void integrationAccountsHaveNoMailSettings() throws Exception {
        mvc.perform(get("/settings/mail").with(as(UUID.randomUUID(), Role.INTEGRATION)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me/mail-preference").with(as(UUID.randomUUID(), Role.INTEGRATION)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiReadsAndChangesTheSignedInPersonsPreference() throws Exception {
        UUID me = UUID.randomUUID();

        mvc.perform(get("/api/v1/me/mail-preference").with(as(me, Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preference").value("IMMEDIATELY"));
        mvc.perform(put("/api/v1/me/mail-preference")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preference\":\"DAILY_DIGEST\"}")
                        .with(as(me, Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preference").value("DAILY_DIGEST"));

        assertThat(preferences.of(me)).isEqualTo(MailPreference.DAILY_DIGEST);
        mvc.perform(get("/api/v1/me/mail-preference").with(as(me, Role.COORDINATOR)))
                .andExpect(jsonPath("$.preference").value("DAILY_DIGEST"));
    }

    @Test
    void anUnknownPreferenceIsAProblemNamingTheAllowedValuesAndChangesNothing() throws Exception {
        UUID me = UUID.randomUUID();
        preferences.set(me, MailPreference.OFF);

        mvc.perform(put("/api/v1/me/mail-preference")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preference\":\"WEEKLY\"}")
                        .with(as(me, Role.OPERATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("'WEEKLY'")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("IMMEDIATELY, DAILY_DIGEST, OFF")))
                .andExpect(jsonPath("$.allowed").value(Matchers.contains("IMMEDIATELY", "DAILY_DIGEST", "OFF")));
        mvc.perform(put("/api/v1/me/mail-preference")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json")
                        .with(as(me, Role.OPERATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.allowed").isArray());

        assertThat(preferences.of(me)).isEqualTo(MailPreference.OFF);
    }

    @Test
    void coordinatorsAndAdministratorsMayStartTheDigestNowOthersMayNot() throws Exception {
        mvc.perform(post("/api/v1/notify/digests").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/notify/digests").with(as(UUID.randomUUID(), Role.ADMIN)))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/notify/digests").with(as(UUID.randomUUID(), Role.OPERATOR)))
                .andExpect(status().isForbidden());
    }

    private Document page(UUID account, Role role) throws Exception {
        return Jsoup.parse(mvc.perform(get("/settings/mail").with(as(account, role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static RequestPostProcessor as(UUID account, Role role) {
        return user(BulwarkUser.of(account, role.name().toLowerCase(), "Test " + role.name(), role));
    }
}
