package org.bulwark.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bulwark.MailServerTests;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.AudienceKind;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.identity.Tlp;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroups;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every role, in every relation to the author's organisation, against a bulletin of every TLP marking and every
 * kind of audience, through every channel a bulletin can reach a person by: its page, the API, search (on the page
 * and in the API), e-mail and live updates. The expected outcome of each combination is written out in
 * {@link #EXPECTED}; any difference, in either direction, fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(BulletinAccessMatrixIntegrationTests.Recording.class)
class BulletinAccessMatrixIntegrationTests extends MailServerTests {

    /**
     * What each reader gets of a bulletin written by a coordinator of organisation A:
     *
     * <ul>
     *   <li>{@code -} nothing, on any channel: the page and the API answer 404, search leaves it out;
     *   <li>{@code r} reads it (page, API, search) but is not sent it (no e-mail, no live update);
     *   <li>{@code m} reads it and is sent it: an e-mail with its content, and a live update;
     *   <li>{@code l} reads it and is sent it, but the e-mail carries only a link: TLP:AMBER+STRICT and TLP:RED
     *       never leave the application;
     *   <li>{@code x} the bulletin cannot exist: TLP:RED may only be addressed to named people.
     * </ul>
     *
     * Relations: SAME_ORGANISATION is a colleague of the author in A; ADDRESSED is in organisation B, which is in the
     * audience's sector, region and organisation, and is named in person in the group and in the list of people;
     * IN_GROUP is in organisation C, a member of the sharing group; NOT_IN_GROUP is in organisation D, which nothing
     * names.
     */
    static final String EXPECTED = """
            role         relation           audience      CLEAR GREEN AMBER STRICT RED
            COORDINATOR  SAME_ORGANISATION  NETWORK       m     m     m     l     x
            COORDINATOR  SAME_ORGANISATION  SECTOR        r     r     r     r     x
            COORDINATOR  SAME_ORGANISATION  REGION        r     r     r     r     x
            COORDINATOR  SAME_ORGANISATION  ORGANISATION  r     r     r     r     x
            COORDINATOR  SAME_ORGANISATION  GROUP         r     r     r     r     x
            COORDINATOR  SAME_ORGANISATION  MEMBER        r     r     r     r     -
            COORDINATOR  ADDRESSED          NETWORK       m     m     m     l     x
            COORDINATOR  ADDRESSED          SECTOR        m     m     m     l     x
            COORDINATOR  ADDRESSED          REGION        m     m     m     l     x
            COORDINATOR  ADDRESSED          ORGANISATION  m     m     m     l     x
            COORDINATOR  ADDRESSED          GROUP         m     m     m     l     x
            COORDINATOR  ADDRESSED          MEMBER        m     m     m     l     l
            COORDINATOR  IN_GROUP           NETWORK       m     m     m     l     x
            COORDINATOR  IN_GROUP           SECTOR        r     r     r     -     x
            COORDINATOR  IN_GROUP           REGION        r     r     r     -     x
            COORDINATOR  IN_GROUP           ORGANISATION  r     r     r     -     x
            COORDINATOR  IN_GROUP           GROUP         m     m     m     l     x
            COORDINATOR  IN_GROUP           MEMBER        r     r     r     -     -
            COORDINATOR  NOT_IN_GROUP       NETWORK       m     m     m     l     x
            COORDINATOR  NOT_IN_GROUP       SECTOR        r     r     r     -     x
            COORDINATOR  NOT_IN_GROUP       REGION        r     r     r     -     x
            COORDINATOR  NOT_IN_GROUP       ORGANISATION  r     r     r     -     x
            COORDINATOR  NOT_IN_GROUP       GROUP         r     r     r     -     x
            COORDINATOR  NOT_IN_GROUP       MEMBER        r     r     r     -     -
            ANALYST      SAME_ORGANISATION  NETWORK       m     m     m     l     x
            ANALYST      SAME_ORGANISATION  SECTOR        r     r     r     r     x
            ANALYST      SAME_ORGANISATION  REGION        r     r     r     r     x
            ANALYST      SAME_ORGANISATION  ORGANISATION  r     r     r     r     x
            ANALYST      SAME_ORGANISATION  GROUP         r     r     r     r     x
            ANALYST      SAME_ORGANISATION  MEMBER        r     r     r     r     -
            ANALYST      ADDRESSED          NETWORK       m     m     m     l     x
            ANALYST      ADDRESSED          SECTOR        m     m     m     l     x
            ANALYST      ADDRESSED          REGION        m     m     m     l     x
            ANALYST      ADDRESSED          ORGANISATION  m     m     m     l     x
            ANALYST      ADDRESSED          GROUP         m     m     m     l     x
            ANALYST      ADDRESSED          MEMBER        m     m     m     l     l
            ANALYST      IN_GROUP           NETWORK       m     m     m     l     x
            ANALYST      IN_GROUP           SECTOR        r     r     r     -     x
            ANALYST      IN_GROUP           REGION        r     r     r     -     x
            ANALYST      IN_GROUP           ORGANISATION  r     r     r     -     x
            ANALYST      IN_GROUP           GROUP         m     m     m     l     x
            ANALYST      IN_GROUP           MEMBER        r     r     r     -     -
            ANALYST      NOT_IN_GROUP       NETWORK       m     m     m     l     x
            ANALYST      NOT_IN_GROUP       SECTOR        r     r     r     -     x
            ANALYST      NOT_IN_GROUP       REGION        r     r     r     -     x
            ANALYST      NOT_IN_GROUP       ORGANISATION  r     r     r     -     x
            ANALYST      NOT_IN_GROUP       GROUP         r     r     r     -     x
            ANALYST      NOT_IN_GROUP       MEMBER        r     r     r     -     -
            ADVISOR      SAME_ORGANISATION  NETWORK       m     m     m     l     x
            ADVISOR      SAME_ORGANISATION  SECTOR        r     r     r     r     x
            ADVISOR      SAME_ORGANISATION  REGION        r     r     r     r     x
            ADVISOR      SAME_ORGANISATION  ORGANISATION  r     r     r     r     x
            ADVISOR      SAME_ORGANISATION  GROUP         r     r     r     r     x
            ADVISOR      SAME_ORGANISATION  MEMBER        r     r     r     r     -
            ADVISOR      ADDRESSED          NETWORK       m     m     m     l     x
            ADVISOR      ADDRESSED          SECTOR        m     m     m     l     x
            ADVISOR      ADDRESSED          REGION        m     m     m     l     x
            ADVISOR      ADDRESSED          ORGANISATION  m     m     m     l     x
            ADVISOR      ADDRESSED          GROUP         m     m     m     l     x
            ADVISOR      ADDRESSED          MEMBER        m     m     m     l     l
            ADVISOR      IN_GROUP           NETWORK       m     m     m     l     x
            ADVISOR      IN_GROUP           SECTOR        r     r     -     -     x
            ADVISOR      IN_GROUP           REGION        r     r     -     -     x
            ADVISOR      IN_GROUP           ORGANISATION  r     r     -     -     x
            ADVISOR      IN_GROUP           GROUP         m     m     m     l     x
            ADVISOR      IN_GROUP           MEMBER        r     r     -     -     -
            ADVISOR      NOT_IN_GROUP       NETWORK       m     m     m     l     x
            ADVISOR      NOT_IN_GROUP       SECTOR        r     r     -     -     x
            ADVISOR      NOT_IN_GROUP       REGION        r     r     -     -     x
            ADVISOR      NOT_IN_GROUP       ORGANISATION  r     r     -     -     x
            ADVISOR      NOT_IN_GROUP       GROUP         r     r     -     -     x
            ADVISOR      NOT_IN_GROUP       MEMBER        r     r     -     -     -
            OPERATOR     SAME_ORGANISATION  NETWORK       m     m     m     l     x
            OPERATOR     SAME_ORGANISATION  SECTOR        r     r     r     r     x
            OPERATOR     SAME_ORGANISATION  REGION        r     r     r     r     x
            OPERATOR     SAME_ORGANISATION  ORGANISATION  r     r     r     r     x
            OPERATOR     SAME_ORGANISATION  GROUP         r     r     r     r     x
            OPERATOR     SAME_ORGANISATION  MEMBER        r     r     r     r     -
            OPERATOR     ADDRESSED          NETWORK       m     m     m     l     x
            OPERATOR     ADDRESSED          SECTOR        m     m     m     l     x
            OPERATOR     ADDRESSED          REGION        m     m     m     l     x
            OPERATOR     ADDRESSED          ORGANISATION  m     m     m     l     x
            OPERATOR     ADDRESSED          GROUP         m     m     m     l     x
            OPERATOR     ADDRESSED          MEMBER        m     m     m     l     l
            OPERATOR     IN_GROUP           NETWORK       m     m     m     l     x
            OPERATOR     IN_GROUP           SECTOR        r     -     -     -     x
            OPERATOR     IN_GROUP           REGION        r     -     -     -     x
            OPERATOR     IN_GROUP           ORGANISATION  r     -     -     -     x
            OPERATOR     IN_GROUP           GROUP         m     m     m     l     x
            OPERATOR     IN_GROUP           MEMBER        r     -     -     -     -
            OPERATOR     NOT_IN_GROUP       NETWORK       m     m     m     l     x
            OPERATOR     NOT_IN_GROUP       SECTOR        r     -     -     -     x
            OPERATOR     NOT_IN_GROUP       REGION        r     -     -     -     x
            OPERATOR     NOT_IN_GROUP       ORGANISATION  r     -     -     -     x
            OPERATOR     NOT_IN_GROUP       GROUP         r     -     -     -     x
            OPERATOR     NOT_IN_GROUP       MEMBER        r     -     -     -     -
            INTEGRATION  SAME_ORGANISATION  NETWORK       m     m     m     l     x
            INTEGRATION  SAME_ORGANISATION  SECTOR        r     r     r     r     x
            INTEGRATION  SAME_ORGANISATION  REGION        r     r     r     r     x
            INTEGRATION  SAME_ORGANISATION  ORGANISATION  r     r     r     r     x
            INTEGRATION  SAME_ORGANISATION  GROUP         r     r     r     r     x
            INTEGRATION  SAME_ORGANISATION  MEMBER        r     r     r     r     -
            INTEGRATION  ADDRESSED          NETWORK       m     m     m     l     x
            INTEGRATION  ADDRESSED          SECTOR        m     m     m     l     x
            INTEGRATION  ADDRESSED          REGION        m     m     m     l     x
            INTEGRATION  ADDRESSED          ORGANISATION  m     m     m     l     x
            INTEGRATION  ADDRESSED          GROUP         m     m     m     l     x
            INTEGRATION  ADDRESSED          MEMBER        m     m     m     l     l
            INTEGRATION  IN_GROUP           NETWORK       m     m     m     l     x
            INTEGRATION  IN_GROUP           SECTOR        r     -     -     -     x
            INTEGRATION  IN_GROUP           REGION        r     -     -     -     x
            INTEGRATION  IN_GROUP           ORGANISATION  r     -     -     -     x
            INTEGRATION  IN_GROUP           GROUP         m     m     m     l     x
            INTEGRATION  IN_GROUP           MEMBER        r     -     -     -     -
            INTEGRATION  NOT_IN_GROUP       NETWORK       m     m     m     l     x
            INTEGRATION  NOT_IN_GROUP       SECTOR        r     -     -     -     x
            INTEGRATION  NOT_IN_GROUP       REGION        r     -     -     -     x
            INTEGRATION  NOT_IN_GROUP       ORGANISATION  r     -     -     -     x
            INTEGRATION  NOT_IN_GROUP       GROUP         r     -     -     -     x
            INTEGRATION  NOT_IN_GROUP       MEMBER        r     -     -     -     -
            OVERSEER     SAME_ORGANISATION  NETWORK       m     -     -     -     x
            OVERSEER     SAME_ORGANISATION  SECTOR        r     -     -     -     x
            OVERSEER     SAME_ORGANISATION  REGION        r     -     -     -     x
            OVERSEER     SAME_ORGANISATION  ORGANISATION  r     -     -     -     x
            OVERSEER     SAME_ORGANISATION  GROUP         r     -     -     -     x
            OVERSEER     SAME_ORGANISATION  MEMBER        r     -     -     -     -
            OVERSEER     ADDRESSED          NETWORK       m     -     -     -     x
            OVERSEER     ADDRESSED          SECTOR        m     -     -     -     x
            OVERSEER     ADDRESSED          REGION        m     -     -     -     x
            OVERSEER     ADDRESSED          ORGANISATION  m     -     -     -     x
            OVERSEER     ADDRESSED          GROUP         m     -     -     -     x
            OVERSEER     ADDRESSED          MEMBER        m     -     -     -     -
            OVERSEER     IN_GROUP           NETWORK       m     -     -     -     x
            OVERSEER     IN_GROUP           SECTOR        r     -     -     -     x
            OVERSEER     IN_GROUP           REGION        r     -     -     -     x
            OVERSEER     IN_GROUP           ORGANISATION  r     -     -     -     x
            OVERSEER     IN_GROUP           GROUP         m     -     -     -     x
            OVERSEER     IN_GROUP           MEMBER        r     -     -     -     -
            OVERSEER     NOT_IN_GROUP       NETWORK       m     -     -     -     x
            OVERSEER     NOT_IN_GROUP       SECTOR        r     -     -     -     x
            OVERSEER     NOT_IN_GROUP       REGION        r     -     -     -     x
            OVERSEER     NOT_IN_GROUP       ORGANISATION  r     -     -     -     x
            OVERSEER     NOT_IN_GROUP       GROUP         r     -     -     -     x
            OVERSEER     NOT_IN_GROUP       MEMBER        r     -     -     -     -
            ADMIN        SAME_ORGANISATION  NETWORK       m     -     -     -     x
            ADMIN        SAME_ORGANISATION  SECTOR        r     -     -     -     x
            ADMIN        SAME_ORGANISATION  REGION        r     -     -     -     x
            ADMIN        SAME_ORGANISATION  ORGANISATION  r     -     -     -     x
            ADMIN        SAME_ORGANISATION  GROUP         r     -     -     -     x
            ADMIN        SAME_ORGANISATION  MEMBER        r     -     -     -     -
            ADMIN        ADDRESSED          NETWORK       m     -     -     -     x
            ADMIN        ADDRESSED          SECTOR        m     -     -     -     x
            ADMIN        ADDRESSED          REGION        m     -     -     -     x
            ADMIN        ADDRESSED          ORGANISATION  m     -     -     -     x
            ADMIN        ADDRESSED          GROUP         m     -     -     -     x
            ADMIN        ADDRESSED          MEMBER        m     -     -     -     -
            ADMIN        IN_GROUP           NETWORK       m     -     -     -     x
            ADMIN        IN_GROUP           SECTOR        r     -     -     -     x
            ADMIN        IN_GROUP           REGION        r     -     -     -     x
            ADMIN        IN_GROUP           ORGANISATION  r     -     -     -     x
            ADMIN        IN_GROUP           GROUP         m     -     -     -     x
            ADMIN        IN_GROUP           MEMBER        r     -     -     -     -
            ADMIN        NOT_IN_GROUP       NETWORK       m     -     -     -     x
            ADMIN        NOT_IN_GROUP       SECTOR        r     -     -     -     x
            ADMIN        NOT_IN_GROUP       REGION        r     -     -     -     x
            ADMIN        NOT_IN_GROUP       ORGANISATION  r     -     -     -     x
            ADMIN        NOT_IN_GROUP       GROUP         r     -     -     -     x
            ADMIN        NOT_IN_GROUP       MEMBER        r     -     -     -     -
            """;

    enum Relation {
        SAME_ORGANISATION,
        ADDRESSED,
        IN_GROUP,
        NOT_IN_GROUP
    }

    static final List<Tlp> MARKINGS = List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    SharingGroups groups;

    @Autowired
    Bulletins bulletins;

    @Autowired
    Readers readers;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    RecordedLiveUpdates live;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String word = "mx" + run;
    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, UUID> items = new LinkedHashMap<>();
    final Map<String, String> titles = new LinkedHashMap<>();
    UUID author;

    record Person(UUID account, String username, String email, Role role, Relation relation) {

        RequestPostProcessor signedIn() {
            return user(BulwarkUser.of(account, username, username, role));
        }
    }

    @BeforeAll
    void writeAndPublishEveryCombination() {
        String region = "Matrix " + run;
        UUID a = organisation("A", Set.of("transport"), region + " West");
        UUID b = organisation("B", Set.of("hotels-restaurants"), region + " North");
        UUID c = organisation("C", Set.of("retail"), region + " South");
        UUID d = organisation("D", Set.of("retail"), region + " South");
        Map<Relation, UUID> organisations = new EnumMap<>(Relation.class);
        organisations.put(Relation.SAME_ORGANISATION, a);
        organisations.put(Relation.ADDRESSED, b);
        organisations.put(Relation.IN_GROUP, c);
        organisations.put(Relation.NOT_IN_GROUP, d);
        author = person("author", Role.COORDINATOR, a);
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                String key = role + " " + relation;
                String username = word + "-" + role.name().toLowerCase() + "-" + relation.ordinal();
                UUID account = person(username, role, organisations.get(relation));
                people.put(key, new Person(account, username, username + "@matrix.example", role, relation));
            }
        }
        Set<UUID> everyone = new HashSet<>();
        people.values().forEach(person -> everyone.add(person.account()));
        live.connected = Set.copyOf(everyone);
        UUID group = groups.create(new SharingGroupDetails("Matrix group " + run, null));
        groups.addOrganisation(group, c, author);
        List<String> named = new ArrayList<>();
        for (Person person : people.values()) {
            if (person.relation() == Relation.ADDRESSED) {
                groups.addAccount(group, person.account(), author);
                named.add("member:" + person.account());
            }
        }
        Map<AudienceKind, List<String>> audiences = new EnumMap<>(AudienceKind.class);
        audiences.put(AudienceKind.NETWORK, List.of("network"));
        audiences.put(AudienceKind.SECTOR, List.of("sector:hotels-restaurants"));
        audiences.put(AudienceKind.REGION, List.of("region:" + region + " North"));
        audiences.put(AudienceKind.ORGANISATION, List.of("organisation:" + b));
        audiences.put(AudienceKind.GROUP, List.of("group:" + group));
        audiences.put(AudienceKind.MEMBER, named);

        Reader writer = readers.reader(author, Role.COORDINATOR);
        for (Tlp tlp : MARKINGS) {
            for (AudienceKind kind : AudienceKind.values()) {
                String title = "Matrix " + run + " " + tlp + " " + kind;
                BulletinDraft draft = new BulletinDraft(
                        BulletinKind.INTELLIGENCE_PRODUCT,
                        tlp.label(),
                        title,
                        "Body " + word + " secret" + run + " for " + tlp + " " + kind,
                        audiences.get(kind),
                        true,
                        null);
                if (tlp == Tlp.RED && kind != AudienceKind.MEMBER) {
                    assertThatThrownBy(() -> bulletins.create(writer, draft))
                            .as("TLP:RED to %s", kind)
                            .isInstanceOf(InvalidBulletin.class);
                    continue;
                }
                UUID id = bulletins.create(writer, draft);
                bulletins.publish(writer, id);
                items.put(tlp + " " + kind, id);
                titles.put(tlp + " " + kind, title);
            }
        }
    }

    @Test
    void everyRoleAndRelationGetsExactlyWhatTheTableSaysOnEveryChannel() throws Exception {
        Map<String, Map<String, Character>> expected = expectations();
        assertThat(expected).hasSize(Role.values().length * Relation.values().length * AudienceKind.values().length);
        List<String> failures = new ArrayList<>();
        int mails = 0;
        for (Person person : people.values()) {
            Map<String, Character> outcomes = outcomesFor(expected, person);
            Set<UUID> readable = new HashSet<>();
            for (Map.Entry<String, Character> outcome : outcomes.entrySet()) {
                UUID id = items.get(outcome.getKey());
                boolean reads = "rml".indexOf(outcome.getValue()) >= 0;
                if (reads) {
                    readable.add(id);
                }
                if ("ml".indexOf(outcome.getValue()) >= 0) {
                    mails++;
                }
                int page = mvc.perform(get("/bulletins/{id}", id).with(person.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                check(failures, person, outcome.getKey(), "page", reads ? 200 : 404, page);
                int api = mvc.perform(get("/api/v1/bulletins/{id}", id).with(person.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                check(failures, person, outcome.getKey(), "API", reads ? 200 : 404, api);
            }
            Set<UUID> onPage = new HashSet<>();
            Jsoup.parse(mvc.perform(get("/bulletins").param("q", word).with(person.signedIn()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .select("#bulletin-list .bulletin-row")
                    .forEach(row -> onPage.add(UUID.fromString(row.attr("data-id"))));
            check(failures, person, "all", "search page", readable, onPage);
            JsonNode found = json.readTree(mvc.perform(get("/api/v1/bulletins")
                            .param("q", word)
                            .param("size", "100")
                            .with(person.signedIn()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            Set<UUID> inApi = new HashSet<>();
            found.get("items")
                    .forEach(item -> inApi.add(UUID.fromString(item.get("id").asString())));
            check(failures, person, "all", "search API", readable, inApi);
        }
        int expectedMails = mails;
        await().atMost(PATIENCE).until(() -> matrixMails().size() >= expectedMails);
        // and nothing more arrives afterwards
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> matrixMails().size() == expectedMails);

        for (Person person : people.values()) {
            List<MimeMessage> received = MAIL.messagesTo(person.email());
            for (Map.Entry<String, Character> outcome :
                    outcomesFor(expected, person).entrySet()) {
                UUID id = items.get(outcome.getKey());
                String title = titles.get(outcome.getKey());
                List<String> about = new ArrayList<>();
                for (MimeMessage message : received) {
                    String text = textOf(message);
                    if (text.contains("/bulletins/" + id)) {
                        about.add(text);
                    }
                }
                char code = outcome.getValue();
                switch (code) {
                    case '-', 'r' -> check(failures, person, outcome.getKey(), "e-mail", 0, about.size());
                    case 'm' -> {
                        check(failures, person, outcome.getKey(), "e-mail", 1, about.size());
                        if (about.size() == 1
                                && !(about.get(0).contains(title)
                                        && about.get(0).contains("secret" + run))) {
                            failures.add(person + " " + outcome.getKey() + " e-mail lacks the content");
                        }
                    }
                    case 'l' -> {
                        check(failures, person, outcome.getKey(), "e-mail", 1, about.size());
                        if (about.size() == 1
                                && (about.get(0).contains(title) || about.get(0).contains("secret" + run))) {
                            failures.add(person + " " + outcome.getKey() + " e-mail carries content it must not");
                        }
                    }
                    default -> failures.add("unknown code " + code);
                }
                boolean told = live.sent.stream()
                        .anyMatch(sent -> sent.account().equals(person.account())
                                && sent.data().contains(id.toString()));
                check(failures, person, outcome.getKey(), "live update", "ml".indexOf(code) >= 0, told);
            }
        }
        assertThat(failures).as("leaks and misses").isEmpty();
    }

    private List<MimeMessage> matrixMails() {
        List<MimeMessage> all = new ArrayList<>();
        for (Person person : people.values()) {
            all.addAll(MAIL.messagesTo(person.email()));
        }
        return all;
    }

    private Map<String, Character> outcomesFor(Map<String, Map<String, Character>> expected, Person person) {
        Map<String, Character> outcomes = new LinkedHashMap<>();
        for (AudienceKind kind : AudienceKind.values()) {
            Map<String, Character> row = expected.get(person.role() + " " + person.relation() + " " + kind);
            for (Tlp tlp : MARKINGS) {
                char code = row.get(tlp.name());
                if (code != 'x') {
                    outcomes.put(tlp + " " + kind, code);
                }
            }
        }
        return outcomes;
    }

    private static void check(
            List<String> failures, Person person, String item, String channel, Object want, Object got) {
        if (!want.equals(got)) {
            failures.add(person.role() + " " + person.relation() + " / " + item + " / " + channel + ": expected " + want
                    + ", got " + got);
        }
    }

    static Map<String, Map<String, Character>> expectations() {
        Map<String, Map<String, Character>> rows = new LinkedHashMap<>();
        String[] lines = EXPECTED.strip().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].strip().split("\\s+");
            Map<String, Character> row = new LinkedHashMap<>();
            for (int t = 0; t < MARKINGS.size(); t++) {
                row.put(MARKINGS.get(t).name(), cells[3 + t].charAt(0));
            }
            rows.put(cells[0] + " " + cells[1] + " " + cells[2], row);
        }
        return rows;
    }

    private UUID organisation(String letter, Set<String> sectors, String region) {
        UUID id = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE, "Matrix " + run + " " + letter, sectors, region, null, null, null, null));
        partners.approve(id);
        return id;
    }

    private UUID person(String username, Role role, UUID organisation) {
        String name = username.startsWith(word) ? username : word + "-" + username;
        UUID account = accounts.register(
                new NewAccount(name, name, name + "@matrix.example", role, "correct horse battery staple"));
        partners.addMember(organisation, new MemberDetails(name, null, name + "@matrix.example", null, role, account));
        return account;
    }

    /** Replaces the live updates with a recording that says every account of the matrix has the application open. */
    @TestConfiguration
    static class Recording {

        @Bean
        @Primary
        RecordedLiveUpdates recordedLiveUpdates() {
            return new RecordedLiveUpdates();
        }
    }

    static class RecordedLiveUpdates implements LiveUpdates {

        record Sent(UUID account, String event, String data) {}

        final Collection<Sent> sent = new ConcurrentLinkedQueue<>();
        volatile Set<UUID> connected = Set.of();

        @Override
        public Set<UUID> connectedAccounts() {
            return connected;
        }

        @Override
        public void send(Collection<UUID> accounts, String event, String data) {
            accounts.forEach(account -> sent.add(new Sent(account, event, data)));
        }
    }

    static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(multipart.getBodyPart(i).getContent()).append("\n");
            }
            return message.getSubject() + "\n" + text;
        }
        return message.getSubject() + "\n" + content;
    }
}
