package org.bulwark.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.MailServerTests;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroups;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class BulletinsIntegrationTests extends MailServerTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Bulletins bulletins;

    @Autowired
    Readers readers;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    SharingGroups groups;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    record Person(UUID account, String username, String email, Role role) {

        RequestPostProcessor signedIn() {
            return user(BulwarkUser.of(account, username, username, role));
        }
    }

    @Test
    void hotelOperatorsReadAndAcknowledgeAnAmberBriefingThatAStadiumOperatorCannotFindAnywhere() throws Exception {
        Person coordinator = person("coord", Role.COORDINATOR, organisation("Police", "transport"));
        Person hotel = person("hotel", Role.OPERATOR, organisation("Hotel", "hotels-restaurants"));
        Person otherHotel = person("hotel2", Role.OPERATOR, organisation("Hotel Two", "hotels-restaurants"));
        Person stadium = person("stadium", Role.OPERATOR, organisation("Stadium", "stadia-arenas"));
        String title = "Weekly briefing " + run;

        String location = mvc.perform(post("/api/v1/bulletins")
                        .with(coordinator.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "WEEKLY_BRIEFING", "tlp": "AMBER", "title": "%s",
                                 "body": "Hostile reconnaissance reported at two hotels: *stay alert* (%s).",
                                 "audience": ["sector:hotels-restaurants"], "acknowledgementRequired": true}""".formatted(title, run)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.tlp").value("AMBER"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/api/v1/bulletins/{id}/publish", id).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.revision").value(1));

        Document inbox = Jsoup.parse(mvc.perform(get("/bulletins").with(hotel.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(inbox.select("#bulletin-list .bulletin-unread a").eachText()).contains(title);
        await().atMost(PATIENCE)
                .until(() -> MAIL.messagesTo(hotel.email()).size() == 1
                        && MAIL.messagesTo(otherHotel.email()).size() == 1);
        assertThat(MAIL.messagesTo(hotel.email()).get(0).getSubject()).contains("TLP:AMBER", title);
        assertThat(MAIL.messagesTo(hotel.email()).get(0).getContent().toString())
                .contains("stay alert", "/bulletins/" + id);

        mvc.perform(post("/api/v1/bulletins/{id}/acknowledgements", id).with(hotel.signedIn()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/bulletins/{id}/acknowledgements", id).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledged[?(@.account == '%s')]".formatted(hotel.account()))
                        .exists())
                .andExpect(jsonPath("$.pending[?(@.account == '%s')]".formatted(otherHotel.account()))
                        .exists())
                .andExpect(jsonPath("$.pending[?(@.account == '%s')]".formatted(stadium.account()))
                        .doesNotExist());
        Document report = Jsoup.parse(
                mvc.perform(get("/bulletins/{id}/acknowledgements", id).with(coordinator.signedIn()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(report.select("#pending td").eachText()).contains(otherHotel.username());
        assertThat(report.select("#acknowledged td").eachText()).contains(hotel.username());
        mvc.perform(get("/bulletins/{id}/acknowledgements", id).with(hotel.signedIn()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/bulletins/{id}", id).with(stadium.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bulletins/{id}", id).with(stadium.signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/bulletins").param("q", run).with(stadium.signedIn()))
                .andExpect(jsonPath("$.total").value(0));
        assertThat(Jsoup.parse(mvc.perform(get("/bulletins")
                                        .param("q", "briefing " + run)
                                        .with(stadium.signedIn()))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#bulletin-list a")
                        .eachText())
                .doesNotContain(title);
        assertThat(MAIL.messagesTo(stadium.email())).isEmpty();
        mvc.perform(get("/api/v1/search").param("q", "briefing " + run).with(stadium.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bulletins.items.length()").value(0));
        mvc.perform(get("/api/v1/search").param("q", "briefing " + run).with(otherHotel.signedIn()))
                .andExpect(jsonPath("$.bulletins.items[0].id").value(id.toString()));
        Document search = Jsoup.parse(
                mvc.perform(get("/search").param("q", "briefing " + run).with(otherHotel.signedIn()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(search.select("#search-bulletins a").eachText()).containsExactly(title);
        String fragment = mvc.perform(get("/search")
                        .param("q", "surveillance")
                        .header("HX-Request", "true")
                        .with(otherHotel.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<nav").contains("id=\"search-results\"", "id=\"search-indicators\"");
    }

    @Test
    void aMemberAddedToAGroupReadsEarlierBulletinsAtOnceAndLosesThemWhenRemoved() {
        Person analyst = person("analyst", Role.ANALYST, organisation("Police", "transport"));
        UUID venue = organisation("Venue", "retail");
        Person operator = person("op", Role.OPERATOR, venue);
        UUID group = groups.create(new SharingGroupDetails("Group " + run, null));
        Reader writer = reader(analyst);
        UUID id = bulletins.create(writer, draft("AMBER", List.of("group:" + group)));
        bulletins.publish(writer, id);

        assertThat(bulletins.find(reader(operator), id)).isEmpty();
        groups.addOrganisation(group, venue, analyst.account());
        assertThat(bulletins.find(reader(operator), id)).isPresent();
        groups.removeOrganisation(group, venue);
        assertThat(bulletins.find(reader(operator), id)).isEmpty();
        groups.addAccount(group, operator.account(), analyst.account());
        assertThat(bulletins.find(reader(operator), id)).isPresent();
    }

    @Test
    void aRevisionKeepsTheEarlierOneAndShowsReadersWhatChanged() throws Exception {
        Person analyst = person("analyst", Role.ANALYST, organisation("Police", "transport"));
        Person operator = person("op", Role.OPERATOR, organisation("Venue", "retail"));
        Reader writer = reader(analyst);
        UUID id = bulletins.create(
                writer,
                new BulletinDraft(
                        BulletinKind.ADVISORY,
                        "GREEN",
                        "Advisory " + run,
                        "Line one\nLine two\nLine three",
                        List.of("sector:retail"),
                        false,
                        null));
        bulletins.publish(writer, id);
        long version = bulletins.find(writer, id).orElseThrow().version();

        assertThatThrownBy(() -> bulletins.update(writer, id, version, draft("GREEN", List.of("sector:retail"))))
                .isInstanceOf(InvalidBulletin.class)
                .hasMessageContaining("what changed");
        bulletins.update(
                writer,
                id,
                version,
                new BulletinDraft(
                        BulletinKind.ADVISORY,
                        "GREEN",
                        "Advisory " + run,
                        "Line one\nLine two changed\nLine three",
                        List.of("sector:retail"),
                        false,
                        "Line two corrected"));

        assertThat(bulletins.revisions(reader(operator), id))
                .extracting(Revision::number)
                .containsExactly(1, 2);
        Document diff =
                Jsoup.parse(mvc.perform(get("/bulletins/{id}/revisions/2", id).with(operator.signedIn()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(diff.select(".diff-added").text()).contains("Line two changed");
        assertThat(diff.select(".diff-removed").text()).contains("Line two");
        assertThat(bulletins.find(reader(operator), id).orElseThrow().changeNote())
                .isEqualTo("Line two corrected");
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() throws Exception {
        Person coordinator = person("coord", Role.COORDINATOR, organisation("Police", "transport"));
        Person operator = person("op", Role.OPERATOR, organisation("Venue", "retail"));
        long before =
                jdbc.sql("select count(*) from bulletin").query(Long.class).single();

        mvc.perform(post("/api/v1/bulletins")
                        .with(coordinator.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "ADVISORY", "tlp": "PURPLE", "title": "T", "body": "B", "audience": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'tlp')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'audience')]").exists());
        mvc.perform(post("/api/v1/bulletins")
                        .with(coordinator.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "ADVISORY", "tlp": "RED", "title": "T", "body": "B",
                                 "audience": ["sector:retail"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("named people")));
        mvc.perform(post("/api/v1/bulletins")
                        .with(operator.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "INTELLIGENCE_PRODUCT", "tlp": "GREEN", "title": "T", "body": "B",
                                 "audience": ["network"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
        mvc.perform(post("/bulletins")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("kind", "ADVISORY")
                        .param("tlp", "AMBER")
                        .param("title", "")
                        .param("body", "x"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from bulletin").query(Long.class).single())
                .isEqualTo(before);

        Reader writer = reader(coordinator);
        UUID id = bulletins.create(
                writer,
                new BulletinDraft(
                        BulletinKind.ADVISORY,
                        "GREEN",
                        "Scripted " + run,
                        "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))"
                                + " ![tracker](https://tracker.example/p.png)",
                        List.of("sector:retail"),
                        false,
                        null));
        String html = mvc.perform(get("/api/v1/bulletins/{id}", id).with(coordinator.signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String rendered = new tools.jackson.databind.ObjectMapper()
                .readTree(html)
                .get("html")
                .asString();
        Document body = Jsoup.parseBodyFragment(rendered);
        assertThat(body.select("script, img, iframe")).isEmpty();
        assertThat(body.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute -> attribute.getKey().startsWith("on")));
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        assertThat(rendered).doesNotContain("tracker.example").contains("&lt;script&gt;");

        mvc.perform(multipart("/api/v1/bulletins/{id}/attachments", id)
                        .file(new MockMultipartFile(
                                "file", "report.pdf", "application/pdf", "MZ this is a program".getBytes()))
                        .with(coordinator.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/bulletins/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big()))
                        .with(coordinator.signedIn()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/bulletins/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "%PDF-1.4 fine".getBytes()))
                        .with(coordinator.signedIn()))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"));
        assertThat(bulletins.find(writer, id).orElseThrow().attachments()).hasSize(1);
    }

    private static byte[] big() {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, content, 0, 8);
        return content;
    }

    private BulletinDraft draft(String tlp, List<String> audience) {
        return new BulletinDraft(
                BulletinKind.INTELLIGENCE_PRODUCT, tlp, "Product " + run, "Text " + run, audience, false, null);
    }

    private Reader reader(Person person) {
        return readers.reader(person.account(), person.role());
    }

    private UUID organisation(String name, String sector) {
        UUID id = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE,
                name + " " + run + " " + UUID.randomUUID().toString().substring(0, 4),
                Set.of(sector),
                "Bulletin Test Region",
                null,
                null,
                null,
                null));
        partners.approve(id);
        return id;
    }

    private Person person(String name, Role role, UUID organisation) {
        String username =
                "bt" + run + "-" + name + "-" + UUID.randomUUID().toString().substring(0, 4);
        String email = username + "@bulletins.example";
        UUID account =
                accounts.register(new NewAccount(username, username, email, role, "correct horse battery staple"));
        partners.addMember(organisation, new MemberDetails(username, null, email, null, role, account));
        return new Person(account, username, email, role);
    }
}
