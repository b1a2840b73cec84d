package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The three doors into reporting, triage and its rules, and who sees what, over the API and the pages, on the
 * database the suite runs on.
 */
@SpringBootTest(
        properties = {
            "bulwark.reporting.max-file-size=64KB",
            "bulwark.reporting.max-public-photo-size=64KB",
            "bulwark.reporting.public-intake.burst=3"
        })
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(ReportReaders.Configuration.class)
class ReportingIntegrationTests {

    private static final byte[] PNG = TestPhotos.png("camera serial SN-7731-X");
    private static final byte[] BARE_PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportReaders readers;

    @Autowired
    Accounts accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationEvents events;

    // ------------------------------------------------------------------------------------------- the member door

    @Test
    void aMemberSendsAReportThatIsStoredWithEverythingItDescribes() throws Exception {
        UUID operator = readers.member(UUID.randomUUID(), UUID.randomUUID());

        MvcResult result = mvc.perform(post("/api/v1/reports")
                        .with(as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(memberReport("Two men filmed the staff entrance for twenty minutes.", "photography")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/reports/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.reference").value(matchesPattern("SAR-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.source").value("MEMBER"))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.category").value("photography"))
                .andExpect(jsonPath("$.vehicles[0].plate").value("PA21 XYZ"))
                .andExpect(jsonPath("$.phoneNumbers[0]").value("+44 7700 900123"))
                .andExpect(jsonPath("$.handles[0].platform").value("Telegram"))
                .andExpect(jsonPath("$.people[0].behaviour").value("Filmed the door codes"))
                .andExpect(jsonPath("$.attachments[0].contentType").value("image/png"))
                .andReturn();

        UUID id = UUID.fromString(body(result).get("id").asString());
        assertThat(events.stream(ReportSubmitted.class)).contains(new ReportSubmitted(id));
        byte[] stored = jdbc.sql("select content from report_attachment where report_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .as("the photo is stored without what the camera wrote into it")
                .doesNotContain("SN-7731-X");
        assertThat(new String(PNG, StandardCharsets.ISO_8859_1)).contains("SN-7731-X");
        assertThat(jdbc.sql("select count(*) from report_event where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
        UUID operator = readers.member(UUID.randomUUID(), UUID.randomUUID());
        long before = reports();

        mvc.perform(post("/api/v1/reports")
                        .with(as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"unterminated"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/reports")
                        .with(as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(memberReport("Someone left a bag.", "astrology")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(
                        post("/api/v1/reports")
                                .with(as(operator, Role.OPERATOR))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"description\": \"A van idled by the gate.\", \"latitude\": 91, \"longitude\": 200}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("latitude")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("longitude")));
        mvc.perform(post("/api/v1/reports")
                        .with(as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withAttachment("big.png", new byte[70 * 1024], BARE_PNG)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reporting.error.file.too_large"));
        mvc.perform(post("/api/v1/reports")
                        .with(as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withAttachment("photo.png", "MZ not a photo".getBytes(StandardCharsets.UTF_8), null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reporting.error.file.content_mismatch"));
        mvc.perform(post("/api/v1/reports")
                        .with(as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));

        assertThat(reports()).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------- the partner door

    @Test
    void aRetriedPartnerRequestNeverCreatesASecondReport() throws Exception {
        UUID partner = UUID.randomUUID();
        String key = "ride-" + UUID.randomUUID();
        String body = memberReport("A driver reported a passenger asking about crowd barriers.", null);
        long before = reports();

        MvcResult first = mvc.perform(post("/api/v1/reports")
                        .with(as(partner, Role.INTEGRATION))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("PARTNER"))
                .andReturn();
        String id = body(first).get("id").asString();
        mvc.perform(post("/api/v1/reports")
                        .with(as(partner, Role.INTEGRATION))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post("/api/v1/reports")
                        .with(as(partner, Role.INTEGRATION))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(memberReport("Something else entirely.", null)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(reports()).isEqualTo(before + 1);
        // the key belongs to the account: another partner may use the same one
        mvc.perform(post("/api/v1/reports")
                        .with(as(UUID.randomUUID(), Role.INTEGRATION))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(not(id)));
    }

    // ------------------------------------------------------------------------------------------- the public door

    @Test
    void thePublicReportsAnonymouslyAndAddsInformationWithTheReceiptCode() throws Exception {
        MvcResult sent = mvc.perform(post("/api/v1/public/reports")
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": "A man photographed the stage doors from a parked car.",
                                 "contact": {"name": "Ada Witness", "email": "ada@example.org"},
                                 "vehicles": [{"plate": "PA21 XYZ", "description": "grey estate"}],
                                 "photos": [{"fileName": "doors.png", "content": "%s"}]}
                                """.formatted(Base64.getEncoder().encodeToString(PNG))))
                .andExpect(status().isCreated())
                .andExpect(
                        jsonPath("$.receipt").value(matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")))
                .andReturn();
        String receipt = body(sent).get("receipt").asString();
        String reference = body(sent).get("reference").asString();
        UUID id = UUID.fromString(body(sent).get("id").asString());

        assertThat(jdbc.sql("select count(*) from report where receipt_hash = ? or receipt_hash is null and id = ?")
                        .params(receipt, id)
                        .query(Long.class)
                        .single())
                .as("the code itself is never stored")
                .isZero();
        mvc.perform(post("/api/v1/public/reports/{receipt}/additions", receipt.toLowerCase(Locale.ROOT))
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"He came back the next evening at the same time.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.additions").value(1))
                .andExpect(jsonPath("$.photos").value(1));
        mvc.perform(get("/report/{receipt}", receipt))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("stage doors"))));
        mvc.perform(get("/report/{receipt}", "AAAA-BBBB-CCCC-DDDD")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/reports/{id}", id).with(as(UUID.randomUUID(), Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("PUBLIC"))
                .andExpect(jsonPath("$.contact.email").value("ada@example.org"))
                .andExpect(jsonPath("$.additions[0].text").value("He came back the next evening at the same time."));
    }

    @Test
    void thePublicFormWorksWithoutScriptsAndLeadsToTheReceiptPage() throws Exception {
        long before = reports();
        MvcResult result = mvc.perform(multipart("/report")
                        .file(new MockMultipartFile("files", "gate.png", "image/png", PNG))
                        .param("description", "Someone tested the emergency exit alarm twice.")
                        .param("latitude", "53.31")
                        .param("longitude", "0.25")
                        .param("website", "")
                        .with(from(nextAddress()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/report/*"))
                .andReturn();
        assertThat(reports()).isEqualTo(before + 1);
        mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttr("created", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("receipt-code")));

        mvc.perform(multipart("/report")
                        .file(new MockMultipartFile("files", "gate.png", "text/plain", "not an image".getBytes()))
                        .param("description", "")
                        .param("latitude", "north")
                        .with(from(nextAddress()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"form-errors\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("description-error")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("attachments-error")));
        assertThat(reports()).isEqualTo(before + 1);
    }

    @Test
    void theHoneypotRefusesAndStoresNothing() throws Exception {
        long before = reports();
        mvc.perform(multipart("/report")
                        .param("description", "Buy cheap watches")
                        .param("website", "http://spam.example")
                        .with(from(nextAddress()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("problem-explanation")));
        mvc.perform(post("/api/v1/public/reports")
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Buy cheap watches\", \"website\": \"http://spam.example\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void oneAddressSendsOnlyItsBurstThenWaits() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/public/reports")
                            .with(from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"description\": \"Report number " + i + " of a watcher at the gate.\"}"))
                    .andExpect(status().isCreated());
        }
        long before = reports();
        mvc.perform(post("/api/v1/public/reports")
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"One too many.\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/report")
                        .param("description", "One too many, by the form.")
                        .with(from(address))
                        .with(csrf()))
                .andExpect(status().isTooManyRequests());
        assertThat(reports()).isEqualTo(before);
        mvc.perform(post("/api/v1/public/reports")
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Another address is not held back.\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aPublicReportRefusesNonImagesAndOversizedPhotos() throws Exception {
        long before = reports();
        mvc.perform(post("/api/v1/public/reports")
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": "A drone over the stands.",
                                 "photos": [{"fileName": "notes.pdf", "content": "%s"},
                                            {"fileName": "huge.png", "content": "%s"}]}
                                """.formatted(
                                        Base64.getEncoder().encodeToString("%PDF-1.4".getBytes()),
                                        Base64.getEncoder().encodeToString(big()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reporting.error.file.extension_not_accepted"))
                .andExpect(jsonPath("$.errors[1].code").value("reporting.error.file.too_large"));
        mvc.perform(post("/api/v1/public/reports")
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"A drone over the stands.\", \"photos\": [{\"fileName\":"
                                + " \"cut.png\", \"content\": \""
                                + Base64.getEncoder().encodeToString(BARE_PNG)
                                + "\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.startsWith("files.photo.")));
        assertThat(reports()).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------- triage

    @Test
    void escalationNeedsACategoryAndArticulableFacts() throws Exception {
        UUID id = memberSends(UUID.randomUUID(), null);
        RequestPostProcessor analyst = as(UUID.randomUUID(), Role.ANALYST);

        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"ESCALATE\", \"text\": \"Filmed the doors for twenty minutes.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"ESCALATE\", \"category\": \"photography\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("articulableFacts"));
        assertThat(state(id)).isEqualTo("RECEIVED");

        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"ESCALATE\", \"category\": \"photography\","
                                + " \"text\": \"Filmed the staff door codes for twenty minutes, twice.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ESCALATED"))
                .andExpect(jsonPath("$.category").value("photography"))
                .andExpect(
                        jsonPath("$.articulableFacts").value("Filmed the staff door codes for twenty minutes, twice."))
                .andExpect(jsonPath("$.history[*].kind", hasItem("ESCALATE")));
        assertThat(events.stream(ReportEscalated.class)).contains(new ReportEscalated(id));

        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"START_REVIEW\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"CLOSE_UNFOUNDED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"CLOSE_UNFOUNDED\", \"text\": \"A film student on a project.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED_UNFOUNDED"));
        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"REOPEN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
        mvc.perform(post("/api/v1/reports/{id}/transitions", id)
                        .with(as(UUID.randomUUID(), Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"CLOSE_NOT_RELEVANT\", \"text\": \"Not mine to close.\"}"))
                .andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void analystsAssignMergeAndCloseInBulk() throws Exception {
        UUID analystAccount = accounts.register(new NewAccount(
                "triage-" + UUID.randomUUID().toString().substring(0, 8),
                "Triage Analyst",
                UUID.randomUUID() + "@example.org",
                Role.ANALYST,
                "a-long-enough-password-for-tests"));
        RequestPostProcessor analyst = as(analystAccount, Role.ANALYST);
        UUID first = memberSends(UUID.randomUUID(), null);
        UUID second = memberSends(UUID.randomUUID(), null);
        UUID third = memberSends(UUID.randomUUID(), null);

        mvc.perform(post("/api/v1/reports/bulk")
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"ASSIGN\", \"reports\": [\"%s\", \"%s\"], \"assignee\": \"%s\"}"
                                .formatted(first, second, analystAccount)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$[0].assigneeName").value("Triage Analyst"));
        mvc.perform(post("/api/v1/reports/{id}/assignment", third)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assignee\": \"%s\"}".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignee"));
        mvc.perform(post("/api/v1/reports/bulk")
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"MERGE\", \"target\": \"%s\", \"reports\": [\"%s\", \"%s\"]}"
                                .formatted(first, first, second)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].merged.length()").value(1));
        mvc.perform(get("/api/v1/reports/{id}", second).with(analyst))
                .andExpect(jsonPath("$.mergedInto").value(first.toString()))
                .andExpect(jsonPath("$.state").value("CLOSED_NOT_RELEVANT"));
        mvc.perform(post("/api/v1/reports/{id}/transitions", second)
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\": \"REOPEN\"}"))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/reports/bulk")
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"action\": \"CLOSE_NOT_RELEVANT\", \"reports\": [\"%s\", \"%s\"], \"text\": \"Staff drill.\"}"
                                        .formatted(first, third)))
                .andExpect(status().isOk());
        assertThat(state(first)).isEqualTo("CLOSED_NOT_RELEVANT");
        assertThat(state(third)).isEqualTo("CLOSED_NOT_RELEVANT");

        // all or none: one report that cannot take the decision leaves the others as they were
        UUID fourth = memberSends(UUID.randomUUID(), null);
        mvc.perform(post("/api/v1/reports/bulk")
                        .with(analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"START_REVIEW\", \"reports\": [\"%s\", \"%s\"]}"
                                .formatted(fourth, third)))
                .andExpect(status().isConflict());
        assertThat(state(fourth)).isEqualTo("RECEIVED");
    }

    // ------------------------------------------------------------------------------------------- who sees what

    @Test
    void anOperatorSeesTheirOrganisationsReportsOnlyAndNeverAPublicReporter() throws Exception {
        UUID organisationA = UUID.randomUUID();
        UUID operatorA = readers.member(UUID.randomUUID(), organisationA);
        UUID colleagueA = readers.member(UUID.randomUUID(), organisationA);
        UUID operatorB = readers.member(UUID.randomUUID(), UUID.randomUUID());
        UUID ofA = memberSends(colleagueA, organisationA);
        UUID ofB = memberSends(operatorB, null);
        MvcResult sent = mvc.perform(post("/api/v1/public/reports")
                        .with(from(nextAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Someone asked where the CCTV blind spots are.\","
                                + " \"contact\": {\"name\": \"Secret Witness\", \"phone\": \"+44 20 7946 0000\"}}"))
                .andReturn();
        UUID ofPublic = UUID.fromString(body(sent).get("id").asString());

        mvc.perform(get("/api/v1/reports/{id}", ofA).with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.history").isEmpty())
                .andExpect(jsonPath("$.contact").value(nullValue()));
        mvc.perform(get("/api/v1/reports/{id}", ofB).with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/{id}", ofPublic).with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports").param("size", "200").with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reports[*].id", hasItem(ofA.toString())))
                .andExpect(jsonPath("$.reports[*].id", not(hasItem(ofB.toString()))))
                .andExpect(jsonPath("$.reports[*].id", not(hasItem(ofPublic.toString()))));

        String page = mvc.perform(get("/reports").with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(reference(ofA)).doesNotContain(reference(ofB), reference(ofPublic));
        mvc.perform(get("/reports/{id}", ofB).with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}", ofPublic).with(as(operatorA, Role.OPERATOR)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/reports/{id}", ofPublic).with(as(UUID.randomUUID(), Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Secret Witness")));
        mvc.perform(get("/api/v1/reports").with(as(UUID.randomUUID(), Role.OVERSEER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/reports/{id}", ofA).with(as(UUID.randomUUID(), Role.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports").with(as(UUID.randomUUID(), Role.OVERSEER))).andExpect(status().isForbidden());
    }

    @Test
    void theReviewerSeesWordsNamingProtectedCharacteristicsHighlighted() throws Exception {
        UUID id = memberSends(UUID.randomUUID(), null, "A Muslim man waited by the gate and checked his watch.");
        String page = mvc.perform(get("/reports/{id}", id).with(as(UUID.randomUUID(), Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"protected-notice\"").contains("<mark class=\"protected-term\">Muslim</mark>");

        UUID plain = memberSends(UUID.randomUUID(), null, "A man waited by the gate and checked his watch.");
        assertThat(mvc.perform(get("/reports/{id}", plain).with(as(UUID.randomUUID(), Role.ANALYST)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("protected-notice");
    }

    @Test
    void aMemberSendsThroughTheFormAndAnAnalystFiltersTheQueue() throws Exception {
        UUID operator = readers.member(UUID.randomUUID(), UUID.randomUUID());
        String plate = "QF" + (int) (Math.random() * 90 + 10) + " "
                + UUID.randomUUID().toString().substring(0, 3);
        mvc.perform(multipart("/reports")
                        .param("description", "A van circled the arena three times.")
                        .param("category", "observation-surveillance")
                        .param("latitude", "53.3102")
                        .param("longitude", "0.2507")
                        .param("vehicles[0].plate", plate)
                        .param("phoneNumbers", "07700 900456\n")
                        .param("handles", "Telegram: @arena_watch")
                        .with(as(operator, Role.OPERATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/reports/*"));
        String queue = mvc.perform(get("/reports")
                        .param("q", plate.toLowerCase(Locale.ROOT).replace(" ", ""))
                        .param("source", "MEMBER")
                        .with(as(UUID.randomUUID(), Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(queue).contains("A van circled the arena three times.").contains("bulk-form");
        mvc.perform(multipart("/reports")
                        .param("description", "")
                        .param("category", "no-such-category")
                        .with(as(operator, Role.OPERATOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("category-error")));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private UUID memberSends(UUID account, UUID organisation) throws Exception {
        return memberSends(account, organisation, "Someone timed the security patrols with a stopwatch.");
    }

    private UUID memberSends(UUID account, UUID organisation, String description) throws Exception {
        if (organisation != null) {
            readers.member(account, organisation);
        }
        MvcResult result = mvc.perform(post("/api/v1/reports")
                        .with(as(account, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"" + description + "\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(body(result).get("id").asString());
    }

    private String memberReport(String description, String category) {
        return """
                {"description": "%s", %s
                 "observedAt": "2026-01-10T18:30:00Z", "latitude": 53.31, "longitude": 0.25,
                 "people": [{"appearance": "Tall, dark coat", "behaviour": "Filmed the door codes"}],
                 "vehicles": [{"plate": "PA21 XYZ", "description": "grey estate"}],
                 "phoneNumbers": ["+44 7700 900123"],
                 "handles": [{"platform": "Telegram", "handle": "@harbour_watch"}],
                 "attachments": [{"fileName": "door.png", "content": "%s"}]}
                """.formatted(
                        description,
                        category == null ? "" : "\"category\": \"" + category + "\",",
                        Base64.getEncoder().encodeToString(PNG));
    }

    private String withAttachment(String name, byte[] content, byte[] prefix) {
        byte[] bytes = content;
        if (prefix != null) {
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        }
        return "{\"description\": \"A bag was left.\", \"attachments\": [{\"fileName\": \"" + name
                + "\", \"content\": \"" + Base64.getEncoder().encodeToString(bytes) + "\"}]}";
    }

    private static byte[] big() {
        byte[] bytes = new byte[70 * 1024];
        System.arraycopy(BARE_PNG, 0, bytes, 0, BARE_PNG.length);
        return bytes;
    }

    private long reports() {
        return jdbc.sql("select count(*) from report").query(Long.class).single();
    }

    private String state(UUID id) {
        return jdbc.sql("select state from report where id = ?")
                .param(id)
                .query(String.class)
                .single();
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

    private static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static RequestPostProcessor as(UUID account, Role role) {
        return user(BulwarkUser.of(account, role.name().toLowerCase(Locale.ROOT), "Test " + role.name(), role));
    }
}
