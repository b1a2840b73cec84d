package org.bulwark;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HomePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    PartnerDirectory directory;

    @Test
    void coordinatorSeesHowManySitesAndPartnersTheNetworkHas() throws Exception {
        mvc.perform(get("/").with(user(BulwarkUser.of(UUID.randomUUID(), "casey", "Casey", Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(String.format(Locale.ENGLISH, "%,d sites registered", sites.count()))))
                .andExpect(content()
                        .string(containsString(String.format(
                                Locale.ENGLISH, "%,d partner organisations", directory.organisationCount()))));
    }

    @Test
    void partnerSystemSeesNoPartnerDirectoryCard() throws Exception {
        mvc.perform(get("/").with(user(BulwarkUser.of(UUID.randomUUID(), "ride", "Ride", Role.INTEGRATION))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("partner organisations"))));
    }

    @Test
    void anonymousVisitorIsAskedToSignIn() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partners sign in to see the network.")));
    }
}
