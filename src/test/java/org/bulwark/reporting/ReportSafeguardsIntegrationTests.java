package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.ItemState;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.identity.Tlp;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.sharing.Bulletin;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sharing.IndicatorDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The safeguards of reporting on the database the suite runs on: retention and the purge, reviews, the read audit,
 * what overseers see, and bulletins and indicator examples drawn from escalated reports without their reporter.
 */
@SpringBootTest(properties = "bulwark.reporting.retention.purge-cron=-")
@AutoConfigureMockMvc
@Import(ReportReaders.Configuration.class)
class ReportSafeguardsIntegrationTests {

    private static final byte[] PNG = TestPhotos.png("door");
    private static final String FACTS = "The same man returned three nights running and timed the patrols.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportReaders readers;

    @Autowired
    Accounts accounts;

    @Autowired
    Reports reports;

    @Autowired
    ReportSafeguards safeguards;

    @Autowired
    Bulletins bulletins;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    ObjectMapper json;

    @Autowired
    DataSource dataSource;

    // ------------------------------------------------------------------------------------------- purge

    @Test
    void purgeRemovesUnfoundedReportsPastTheirPeriodWithEverythingTheyHeldAndRecordsOnlyCounts() throws Exception {
        UUID analyst = UUID.randomUUID();
        UUID oldReporter = UUID.randomUUID();
        UUID old = memberSends(oldReporter, true);
        UUID recent = memberSends(UUID.randomUUID(), false);
        UUID oldEscalated = memberSends(UUID.randomUUID(), false);
        mvc.perform(get("/api/v1/reports/{id}", old).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk());
        decide(analyst, old, "CLOSE_UNFOUNDED", null, "A delivery driver lost on his first day.");
        decide(analyst, recent, "CLOSE_UNFOUNDED", null, "A parent waiting for a child.");
        decide(analyst, oldEscalated, "ESCALATE", "observation-surveillance", FACTS);
        await().atMost(Duration.ofSeconds(20)).until(() -> correlationRows(old) > 0);
        safeguards.moveIntoPast(old, Duration.ofDays(91));
        safeguards.moveIntoPast(recent, Duration.ofDays(89));
        safeguards.moveIntoPast(oldEscalated, Duration.ofDays(91));
        long due = jdbc.sql("select count(*) from report where merged_into is null and state = 'CLOSED_UNFOUNDED'"
                        + " and changed_at < ?")
                .param(OffsetDateTime.now().minusDays(90))
                .query(Long.class)
                .single();
        long purgesBefore =
                jdbc.sql("select count(*) from report_purge").query(Long.class).single();

        MvcResult result = mvc.perform(post("/api/v1/reports/purges").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ran").value(true))
                .andExpect(jsonPath("$.records[0].rule").value("UNFOUNDED"))
                .andExpect(jsonPath("$.records[1].rule").value("REVIEW_LAPSED"))
                .andReturn();

        JsonNode unfounded = body(result).get("records").get(0);
        assertThat(unfounded.get("reports").asLong()).isEqualTo(due).isPositive();
        assertThat(unfounded.get("attachments").asInt()).isPositive();
        assertThat(unfounded.get("reads").asInt()).isPositive();
        assertThat(unfounded.get("byJob").asBoolean()).isFalse();
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(oldEscalated)).isTrue();
        assertThat(correlationRows(old))
                .as("what correlation held on the report goes with it")
                .isZero();
        assertThat(jdbc.sql("select count(*) from report_key_count where norm_key = ?")
                        .param(plateOf(oldReporter))
                        .query(Long.class)
                        .single())
                .as("a key no stored report names any more is forgotten")
                .isZero();
        for (String table : List.of("report_attachment", "report_event", "report_person", "report_read")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where report_id = ?")
                            .param(old)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from report_purge")
                        .query(Long.class)
                        .single())
                .isEqualTo(purgesBefore + 2);
        assertThat(jdbc.sql("select reports from report_purge where rule = 'UNFOUNDED' and triggered_by = 'PERSON'"
                                + " order by purged_at desc limit 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(due);
        assertThat(jdbc
                        .sql("select column_name from information_schema.columns where lower(table_name) ="
                                + " 'report_purge'")
                        .query(String.class)
                        .list()
                        .stream()
                        .map(c -> c.toLowerCase(Locale.ROOT))
                        .toList())
                .as("the purge log holds counts, never a report's identifier or content")
                .containsExactlyInAnyOrder(
                        "id", "purged_at", "rule", "reports", "attachments", "reads", "triggered_by");
    }

    @Test
    void aReportUnchangedForFiveYearsIsPurgedUnlessItWasReviewedAndAReviewStartsThePeriodAgain() throws Exception {
        UUID analyst = UUID.randomUUID();
        UUID forgotten = memberSends(UUID.randomUUID(), false);
        UUID kept = memberSends(UUID.randomUUID(), false);
        UUID soon = memberSends(UUID.randomUUID(), false);
        decide(analyst, kept, "ESCALATE", "photography", FACTS);
        safeguards.moveIntoPast(forgotten, Duration.ofDays(1826));
        safeguards.moveIntoPast(kept, Duration.ofDays(1826));
        safeguards.moveIntoPast(soon, Duration.ofDays(1810));

        mvc.perform(get("/api/v1/reports/reviews-due").with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(soon.toString())))
                .andExpect(jsonPath("$[*].id", hasItem(kept.toString())));
        assertThat(mvc.perform(get("/reports/reviews").with(as(analyst, Role.ANALYST)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(reference(soon));
        mvc.perform(post("/api/v1/reports/{id}/review", kept)
                        .with(as(analyst, Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justification\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
        Instant before = Instant.now();
        mvc.perform(post("/api/v1/reports/{id}/review", kept)
                        .with(as(analyst, Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justification\": \"Part of the open harbour inquiry.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].kind", hasItem("REVIEWED")));
        assertThat(changedAt(kept)).isAfterOrEqualTo(before.minusSeconds(1));
        mvc.perform(post("/reports/{id}/review", soon)
                        .param("justification", "Still linked to the stadium reports.")
                        .with(as(analyst, Role.ANALYST))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/reports/reviews-due").with(as(analyst, Role.ANALYST)))
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem(soon.toString()))));

        mvc.perform(post("/api/v1/reports/purges").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[1].rule").value("REVIEW_LAPSED"))
                .andExpect(jsonPath("$.records[1].reports").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        assertThat(exists(forgotten)).isFalse();
        assertThat(exists(kept)).isTrue();
        assertThat(exists(soon)).isTrue();
        assertThat(jdbc.sql("select detail from report_event where report_id = ? and kind = 'REVIEWED'")
                        .param(kept)
                        .query(String.class)
                        .single())
                .isEqualTo("Part of the open harbour inquiry.");
    }

    @Test
    void aPurgedReportTakesTheReportsMergedIntoItWithIt() throws Exception {
        UUID analyst = UUID.randomUUID();
        UUID target = memberSends(UUID.randomUUID(), false);
        UUID duplicate = memberSends(UUID.randomUUID(), false);
        mvc.perform(post("/api/v1/reports/bulk")
                        .with(as(analyst, Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"MERGE\", \"target\": \"" + target + "\", \"reports\": [\"" + target
                                + "\", \"" + duplicate + "\"]}"))
                .andExpect(status().isOk());
        decide(analyst, target, "CLOSE_UNFOUNDED", null, "Staff rehearsing an evacuation.");
        safeguards.moveIntoPast(target, Duration.ofDays(100));

        mvc.perform(post("/api/v1/reports/purges").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                .andExpect(status().isOk());

        assertThat(exists(target)).isFalse();
        assertThat(exists(duplicate)).isFalse();
    }

    @Test
    void aPurgeStartedWhileAnotherHoldsTheLockRemovesNothing() throws Exception {
        UUID old = memberSends(UUID.randomUUID(), false);
        decide(UUID.randomUUID(), old, "CLOSE_UNFOUNDED", null, "A photographer booked by the venue.");
        safeguards.moveIntoPast(old, Duration.ofDays(100));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement();
                    ResultSet held =
                            statement.executeQuery("select name from report_job where name = 'purge' for update")) {
                assertThat(held.next()).isTrue();
                mvc.perform(post("/api/v1/reports/purges").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.ran").value(false))
                        .andExpect(jsonPath("$.records.length()").value(0));
                assertThat(exists(old)).isTrue();
            } finally {
                other.rollback();
            }
        }
        mvc.perform(post("/api/v1/reports/purges").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                .andExpect(jsonPath("$.ran").value(true));
        assertThat(exists(old)).isFalse();
    }

    @Test
    void onlyCoordinatorsRunThePurge() throws Exception {
        for (Role role : List.of(Role.ANALYST, Role.OVERSEER, Role.OPERATOR, Role.ADMIN)) {
            mvc.perform(post("/api/v1/reports/purges").with(as(UUID.randomUUID(), role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/reports/retention/purge")
                        .with(as(UUID.randomUUID(), Role.ANALYST))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/retention/purge")
                        .with(as(UUID.randomUUID(), Role.COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/retention"));
    }

    // ------------------------------------------------------------------------------------------- oversight

    @Test
    void anOverseerSeesRetentionFiguresAndReadsByReaderButNoReportContent() throws Exception {
        UUID author = UUID.randomUUID();
        UUID id = memberSends(author, false);
        UUID analyst = UUID.randomUUID();
        mvc.perform(get("/reports/{id}", id).with(as(analyst, Role.ANALYST))).andExpect(status().isOk());
        UUID overseer = UUID.randomUUID();

        String page = mvc.perform(get("/reports/retention").with(as(overseer, Role.OVERSEER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"personal-fields\"", "id=\"figures\"", "id=\"reads-by-reader\"", analyst.toString())
                .contains("public_contact_email", "receipt_hash", "IP address")
                .doesNotContain(reference(id), "timed the security patrols", "run-purge");
        mvc.perform(get("/api/v1/reports/retention").with(as(overseer, Role.OVERSEER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods.unfoundedDays").value(90))
                .andExpect(jsonPath("$.periods.reviewDays").value(1825))
                .andExpect(jsonPath("$.personalFields[*].table", hasItem("report_read")))
                .andExpect(jsonPath("$.figures.length()").value(12));
        mvc.perform(get("/api/v1/reports/reads").with(as(overseer, Role.OVERSEER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reader", hasItem(analyst.toString())));
        mvc.perform(get("/api/v1/reports/{id}", id).with(as(overseer, Role.OVERSEER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}", id).with(as(overseer, Role.OVERSEER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/{id}/reads", id).with(as(overseer, Role.OVERSEER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/reads").with(as(analyst, Role.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/retention").with(as(UUID.randomUUID(), Role.OPERATOR)))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/reports/retention").with(as(UUID.randomUUID(), Role.COORDINATOR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("run-purge");
    }

    @Test
    void everyReadBySomeoneOtherThanTheAuthorIsAuditedAndTheAuthorsOwnReadsAreNot() throws Exception {
        UUID organisation = UUID.randomUUID();
        UUID author = readers.member(UUID.randomUUID(), organisation);
        UUID colleague = readers.member(UUID.randomUUID(), organisation);
        UUID id = memberSends(author, true);
        UUID attachment = jdbc.sql("select id from report_attachment where report_id = ?")
                .param(id)
                .query(UUID.class)
                .single();

        mvc.perform(get("/api/v1/reports/{id}", id).with(as(author, Role.OPERATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/reports/{id}", id).with(as(author, Role.OPERATOR))).andExpect(status().isOk());
        assertThat(reads(id)).isZero();

        mvc.perform(get("/api/v1/reports/{id}", id).with(as(colleague, Role.OPERATOR)))
                .andExpect(status().isOk());
        UUID analyst = UUID.randomUUID();
        mvc.perform(get("/reports/{id}/attachments/{a}", id, attachment).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/reports/{id}", id).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(reads(id)).isEqualTo(3);
        assertThat(jdbc.sql("select reader_role || ':' || channel from report_read where report_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("OPERATOR:API", "ANALYST:ATTACHMENT", "ANALYST:PAGE");
        assertThat(page).contains("id=\"report-reads\"").contains(colleague.toString());
        mvc.perform(get("/api/v1/reports/{id}/reads", id).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].reader", hasItem(colleague.toString())));
        mvc.perform(get("/api/v1/reports/{id}/reads", id).with(as(author, Role.OPERATOR)))
                .andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------------------------------- sharing

    @Test
    void aBulletinDraftFromAnEscalatedReportCarriesTheFactsAndNothingOfTheReporter() throws Exception {
        UUID reporter = accounts.register(new NewAccount(
                "reporter-" + UUID.randomUUID().toString().substring(0, 8),
                "Jordan Avery",
                "jordan.avery-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                Role.OPERATOR,
                "a-long-enough-password-for-tests"));
        readers.member(reporter, UUID.randomUUID());
        Reader member = readers.reader(reporter, Role.OPERATOR);
        UUID memberReport = reports.submit(
                        member,
                        draft("I, Jordan Avery, saw a man film the staff entrance of the hall.", "retail", null),
                        List.of(new ReportFile("door.png", "image/png", PNG)))
                .id();
        Receipt receipt = reports.submitPublic(
                draft(
                        "A man filmed the queue at the market stage and counted the stewards.",
                        null,
                        new Contact("Sam Porter", "sam.porter@example.org", "+44 7700 900555")),
                List.of(),
                false);
        UUID analyst = accounts.register(new NewAccount(
                "analyst-" + UUID.randomUUID().toString().substring(0, 8),
                "Dana Analyst",
                UUID.randomUUID() + "@example.org",
                Role.ANALYST,
                "a-long-enough-password-for-tests"));

        mvc.perform(post("/api/v1/reports/{id}/bulletin-draft", memberReport).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isConflict());
        decide(analyst, memberReport, "ESCALATE", "photography", FACTS);
        decide(analyst, receipt.report(), "ESCALATE", "photography", FACTS + " Sam Porter saw it too.");
        mvc.perform(post("/api/v1/reports/{id}/bulletin-draft", memberReport).with(as(reporter, Role.OPERATOR)))
                .andExpect(status().isForbidden());

        UUID fromMember = bulletinOf(mvc.perform(post("/api/v1/reports/{id}/bulletin-draft", memberReport)
                        .with(as(analyst, Role.ANALYST)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.editUrl", containsString("/edit")))
                .andReturn());
        Bulletin bulletin = bulletins
                .find(readers.reader(analyst, Role.ANALYST), fromMember)
                .orElseThrow();
        assertThat(bulletin.state()).isEqualTo(ItemState.DRAFT);
        assertThat(bulletin.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(bulletin.audience()).containsExactly("sector:retail");
        assertThat(bulletin.attachments()).isEmpty();
        assertThat(bulletin.title() + bulletin.body())
                .contains(FACTS, "film the staff entrance of the hall", "Tall, dark coat", "Filmed the door codes")
                .contains("grey estate")
                .doesNotContain("Jordan", "Avery", "jordan.avery", "reporter-", "PA21 XYZ", "door.png")
                .doesNotContain("53.3123", "0.2512");
        assertThat(bulletin.body()).contains("53.31");

        UUID fromPublic = bulletinOf(mvc.perform(post("/api/v1/reports/{id}/bulletin-draft", receipt.report())
                        .with(as(analyst, Role.ANALYST)))
                .andExpect(status().isCreated())
                .andReturn());
        Bulletin publicBulletin = bulletins
                .find(readers.reader(analyst, Role.ANALYST), fromPublic)
                .orElseThrow();
        assertThat(publicBulletin.audience()).containsExactly("network");
        assertThat(publicBulletin.body())
                .contains("counted the stewards")
                .doesNotContain("Sam Porter", "sam.porter", "900555", receipt.code());

        String page = mvc.perform(get("/reports/{id}", memberReport).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/bulletins/" + fromMember).contains("id=\"draft-bulletin\"");
        mvc.perform(post("/reports/{id}/bulletin-draft", memberReport)
                        .with(as(analyst, Role.ANALYST))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).matches("/bulletins/[0-9a-f-]{36}/edit"));
    }

    @Test
    void anIndicatorUpdateIsProposedByAnalystsAndSavedByCoordinators() throws Exception {
        // a category of its own, so that the shipped catalogue stays as other tests expect it
        Reader coordinator = readers.reader(UUID.randomUUID(), Role.COORDINATOR);
        String category = "loitering-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.createCategory(
                coordinator,
                new IndicatorDraft(
                        category,
                        "B",
                        null,
                        null,
                        "Loitering at entrances",
                        "Stationnement aux entrées",
                        "Someone stays near an entrance without a reason.",
                        "Quelqu'un reste près d'une entrée sans raison.",
                        List.of("Waits by the staff door for an hour."),
                        List.of("Attend une heure près de la porte du personnel."),
                        null,
                        null,
                        null));
        UUID analyst = UUID.randomUUID();
        UUID id = memberSends(UUID.randomUUID(), false);
        decide(analyst, id, "ESCALATE", category, FACTS);

        mvc.perform(post("/api/v1/reports/{id}/indicator-draft", id).with(as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value(category))
                .andExpect(jsonPath("$.example").value("Filmed the door codes"));
        mvc.perform(post("/api/v1/reports/{id}/indicator-draft", id)
                        .with(as(analyst, Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"apply\": true}"))
                .andExpect(status().isForbidden());
        String form = mvc.perform(post("/reports/{id}/indicator-draft", id)
                        .with(as(analyst, Role.ANALYST))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("Filmed the door codes")
                .contains("indicator-coordinator")
                .doesNotContain("save-indicator");

        mvc.perform(post("/reports/{id}/indicator", id)
                        .param("exampleEn", "Someone films door codes at a staff entrance.")
                        .param("exampleFr", "Quelqu'un filme les codes d'une entrée du personnel.")
                        .with(as(UUID.randomUUID(), Role.COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(catalogue.find(coordinator, category).orElseThrow().examplesEn())
                .contains("Someone films door codes at a staff entrance.");
        assertThat(jdbc.sql("select kind from report_event where report_id = ? and kind like 'INDICATOR%'")
                        .param(id)
                        .query(String.class)
                        .list())
                .contains("INDICATOR_PROPOSED", "INDICATOR_UPDATED");
        mvc.perform(post("/api/v1/reports/{id}/indicator-draft", memberSends(UUID.randomUUID(), false))
                        .with(as(analyst, Role.ANALYST)))
                .andExpect(status().isConflict());
    }

    @Test
    void theRegistryNamesOnlyColumnsThatExist() {
        for (PersonalFields.PersonalField field : PersonalFields.ALL) {
            if (field.table() == null) {
                continue;
            }
            List<String> columns = jdbc.sql("select lower(column_name) from information_schema.columns where"
                            + " lower(table_name) = ?")
                    .param(field.table())
                    .query(String.class)
                    .list();
            assertThat(columns).as(field.table()).containsAll(field.columns());
        }
        assertThat(PersonalFields.ALL.stream().map(PersonalFields.PersonalField::table))
                .contains(
                        "report",
                        "report_person",
                        "report_vehicle",
                        "report_phone",
                        "report_handle",
                        "report_attachment",
                        "report_addition",
                        "report_event",
                        "report_read");
    }

    // ------------------------------------------------------------------------------------------- helpers

    private UUID memberSends(UUID account, boolean withPhoto) throws Exception {
        String photo = withPhoto
                ? ", \"attachments\": [{\"fileName\": \"door.png\", \"content\": \""
                        + Base64.getEncoder().encodeToString(PNG) + "\"}]"
                : "";
        MvcResult result = mvc.perform(post("/api/v1/reports")
                        .with(as(account, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Someone timed the security patrols with a stopwatch.\","
                                + " \"latitude\": 53.3101, \"longitude\": 0.2502,"
                                + " \"vehicles\": [{\"plate\": \"" + plateOf(account) + "\"}],"
                                + " \"people\": [{\"appearance\": \"Tall, dark coat\", \"behaviour\":"
                                + " \"Filmed the door codes\"}]" + photo + "}"))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(body(result).get("id").asString());
    }

    private long correlationRows(UUID report) {
        long rows = 0;
        for (String table : List.of("report_key_index", "report_place_index")) {
            rows += jdbc.sql("select count(*) from " + table + " where report_id = ?")
                    .param(report)
                    .query(Long.class)
                    .single();
        }
        return rows;
    }

    /** A plate of the account's own, so that each test's reports hold keys of their own. */
    private static String plateOf(UUID account) {
        return "PG" + account.toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private static ReportDraft draft(String description, String sector, Contact contact) {
        return new ReportDraft(
                Instant.now().minus(Duration.ofHours(2)),
                53.3123,
                0.2512,
                null,
                sector,
                "photography",
                description,
                List.of(new Person("Tall, dark coat", "Filmed the door codes")),
                List.of(new Vehicle("PA21 XYZ", "grey estate")),
                List.of(),
                List.of(),
                contact,
                "en");
    }

    private void decide(UUID analyst, UUID id, String transition, String category, String text) throws Exception {
        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(as(analyst, Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of(
                                "transition", transition, "category", category == null ? "" : category, "text", text))))
                .andExpect(status().isOk());
    }

    private UUID bulletinOf(MvcResult result) throws Exception {
        return UUID.fromString(body(result).get("bulletin").asString());
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from report where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long reads(UUID id) {
        return jdbc.sql("select count(*) from report_read where report_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Instant changedAt(UUID id) {
        return jdbc.sql("select changed_at from report where id = ?")
                .param(id)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private String reference(UUID id) {
        return jdbc.sql("select reference from report where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    static RequestPostProcessor as(UUID account, Role role) {
        return user(BulwarkUser.of(account, role.name().toLowerCase(Locale.ROOT), "Test " + role.name(), role));
    }
}
