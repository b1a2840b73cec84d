package org.bulwark.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeliveriesIntegrationTests extends DeliveryTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Deliveries deliveries;

    @Autowired
    Webhooks webhooks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> registered = new ArrayList<>();
    private final BulwarkUser coordinator =
            BulwarkUser.of(UUID.randomUUID(), "coordinator-" + UUID.randomUUID(), "Casey", Role.COORDINATOR);

    @Test
    void eachRecipientGetsOneDeliveryPerChannelInTheAppByEMailAndByTextMessage() throws Exception {
        UUID item = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        String address = "ann-" + item + "@test.example";
        String phone = "+44 7700 9" + (100_000 + (int) (Math.random() * 800_000));

        int queued = deliveries.queue(
                new Message(item, "test", "Lock down now", "Close every entrance.", "/incidents/x", null),
                List.of(Recipient.inApp(account), Recipient.email(account, address), Recipient.sms(account, phone)));

        assertThat(queued).isEqualTo(3);
        await().atMost(PATIENCE).until(() -> states(item).equals(Set.of(DeliveryState.DELIVERED)));
        assertThat(MAIL.messagesTo(address)).hasSize(1);
        MimeMessage mail = MAIL.messagesTo(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("Lock down now");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .contains("Close every entrance.", "https://bulwark.example/incidents/x");
        List<JsonNode> texts = SMS_GATEWAY.received().stream()
                .map(r -> json.readTree(r.body()))
                .filter(body -> body.get("to").asString().equals(phone))
                .toList();
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).get("text").asString()).isEqualTo("Lock down now\nClose every entrance.");
        assertThat(deliveries.of(item, 0, 10))
                .extracting(DeliveryRecord::channel)
                .containsExactlyInAnyOrder(Channel.EMAIL, Channel.IN_APP, Channel.SMS);
    }

    @Test
    void queuingTheSameItemForTheSameRecipientAgainCreatesNoSecondDelivery() {
        UUID item = UUID.randomUUID();
        String address = "bob-" + item + "@test.example";
        Message message = new Message(item, "test", "Avoid the area", "Keep away.", null, null);

        int first = deliveries.queue(message, List.of(Recipient.email(null, address)));
        int again = deliveries.queue(message, List.of(Recipient.email(null, address.toUpperCase())));

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        await().atMost(PATIENCE).until(() -> states(item).equals(Set.of(DeliveryState.DELIVERED)));
        assertThat(deliveries.of(item, 0, 10)).hasSize(1);
        assertThat(MAIL.messagesTo(address)).hasSize(1);
    }

    @Test
    void aLargeQueueIsStoredWholeWithEveryAddressAsGiven() {
        UUID item = UUID.randomUUID();
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            recipients.add(Recipient.inApp(UUID.randomUUID()));
        }
        // what the database's bulk formats treat specially: tabs, line breaks, backslashes, quotes, commas
        String awkward = "+44\t7700\\900\r\n\"123\", 4\\N";
        recipients.add(Recipient.sms(null, awkward));
        recipients.add(Recipient.email(null, "dana-" + item + "@test.example"));

        int queued = deliveries.queue(new Message(item, "test", "Lock down now", "Close.", null, null), recipients);

        assertThat(queued).isEqualTo(2_402);
        List<DeliveryRecord> stored = deliveries.of(item, 0, 5_000);
        assertThat(stored).hasSize(2_402);
        assertThat(stored)
                .extracting(DeliveryRecord::address)
                .containsExactlyInAnyOrderElementsOf(
                        recipients.stream().map(Recipient::address).toList());
        assertThat(stored)
                .filteredOn(record -> record.channel() == Channel.IN_APP)
                .allSatisfy(record -> {
                    assertThat(record.state()).isEqualTo(DeliveryState.DELIVERED);
                    assertThat(record.attempts()).isEqualTo(1);
                    assertThat(record.account()).hasToString(record.address());
                    assertThat(record.deliveredAt()).isNotNull();
                });
        assertThat(stored)
                .filteredOn(record -> record.channel() == Channel.SMS)
                .singleElement()
                .satisfies(record -> assertThat(record.address()).isEqualTo(awkward));
    }

    @Test
    void aLargeQueueThatMeetsAKeyStoredMeanwhileSkipsItAndStoresTheRest() throws Exception {
        // PostgreSQL writes a large queue in one copy, and falls back to skipping keys when the copy meets one; H2
        // writes every queue in batches, and gives up waiting for another transaction's key after its lock timeout
        org.junit.jupiter.api.Assumptions.assumeTrue(postgres(), "the copy of a large queue is PostgreSQL's");
        UUID item = UUID.randomUUID();
        Message message = new Message(item, "test", "Evacuate", "Leave now.", null, null);
        Recipient first = Recipient.inApp(UUID.randomUUID());
        List<Recipient> many = new ArrayList<>(List.of(first));
        for (int i = 0; i < 2_499; i++) {
            many.add(Recipient.inApp(UUID.randomUUID()));
        }
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // another transaction stores one of the keys and commits only once the large queue is under way
            Future<Integer> one = threads.submit(() -> transactions.execute(status -> {
                int queued = deliveries.queue(message, List.of(first));
                stored.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return queued;
            }));
            assertThat(stored.await(20, TimeUnit.SECONDS)).isTrue();
            Future<Integer> rest = threads.submit(() -> deliveries.queue(message, many));
            // the large queue waits for the other transaction's key, or has already skipped it
            await().atMost(PATIENCE).until(() -> rest.isDone() || waitingForALock());
            commit.countDown();

            assertThat(one.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(rest.get(20, TimeUnit.SECONDS)).isEqualTo(2_499);
            assertThat(deliveries.of(item, 0, 5_000))
                    .extracting(DeliveryRecord::address)
                    .containsExactlyInAnyOrderElementsOf(
                            many.stream().map(Recipient::address).toList());
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    /** Whether a session of this database waits for a lock another holds. */
    private boolean waitingForALock() {
        return jdbc.sql("select count(*) from pg_locks where not granted")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean postgres() throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        }
    }

    @Test
    void nothingIsQueuedWhenTheCallersTransactionRollsBack() {
        UUID item = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            deliveries.queue(
                    new Message(item, "test", "Evacuate", "Leave now.", null, null),
                    List.of(Recipient.email(null, "carol-" + item + "@test.example")));
            status.setRollbackOnly();
        });

        assertThat(deliveries.of(item, 0, 10)).isEmpty();
    }

    @Test
    void aWebhookCarriesAStandardWebhooksSignatureThatTheReceiverCanCheck() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            String secret = register(receiver.url(), null);
            UUID event = UUID.randomUUID();

            transactions.executeWithoutResult(
                    status -> webhooks.publish(Webhooks.ALERT_ISSUED, event, "{\"alert\":\"" + event + "\"}"));

            await().atMost(PATIENCE).until(() -> !receiver.received().isEmpty());
            WebhookReceiver.Received request = receiver.received().get(0);
            String id = request.header("webhook-id");
            String timestamp = request.header("webhook-timestamp");
            assertThat(id).startsWith("msg_");
            assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000, within(60));
            assertThat(request.header("webhook-signature"))
                    .isEqualTo("v1," + hmac(secret, id + "." + timestamp + "." + request.body()));
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("type").asString()).isEqualTo("alert.issued");
            assertThat(body.get("data").get("alert").asString()).isEqualTo(event.toString());
            await().atMost(PATIENCE).until(() -> states(event).equals(Set.of(DeliveryState.DELIVERED)));
        }
    }

    @Test
    void aReceiverThatNeverAnswersDoesNotDelayAnotherReceiver() throws Exception {
        try (WebhookReceiver slow = WebhookReceiver.started().hanging();
                WebhookReceiver fast = WebhookReceiver.started()) {
            register(slow.url(), null);
            register(fast.url(), null);
            // more events than the slow receiver's lane takes at once
            List<UUID> events = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

            long start = System.nanoTime();
            transactions.executeWithoutResult(status -> events.forEach(
                    event -> webhooks.publish(Webhooks.ZONE_CHANGED, event, "{\"n\":\"" + event + "\"}")));

            await().atMost(PATIENCE).until(() -> fast.received().size() >= events.size());
            long lastFast = fast.received().stream()
                    .mapToLong(WebhookReceiver.Received::atNanos)
                    .max()
                    .orElseThrow();
            // the slow receiver holds each request for the whole 3 s timeout: the fast one had all four well before
            assertThat(Duration.ofNanos(lastFast - start)).isLessThan(Duration.ofMillis(2_000));
            assertThat(slow.received()).hasSizeLessThanOrEqualTo(2);
        }
    }

    @Test
    void aReceiverThatKeepsFailingEndsOnTheDeadLetterListAndReplayResendsWithTheSameWebhookId() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.started().answering(500)) {
            register(failing.url(), null);
            UUID event = UUID.randomUUID();

            transactions.executeWithoutResult(status -> webhooks.publish(Webhooks.ZONE_CHANGED, event, "{}"));

            await().atMost(PATIENCE).until(() -> states(event).equals(Set.of(DeliveryState.DEAD)));
            assertThat(failing.received()).hasSize(3);
            DeliveryRecord dead = deliveries.of(event, 0, 10).get(0);
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastError()).contains("500");
            mvc.perform(get("/api/v1/deliveries/dead-letters").with(user(coordinator)))
                    .andExpect(status().isOk())
                    .andExpect(
                            jsonPath("$[?(@.id == '" + dead.id() + "')].state").value("DEAD"));

            failing.answering(204);
            mvc.perform(post("/api/v1/deliveries/" + dead.id() + "/replay").with(user(coordinator)))
                    .andExpect(status().isOk());

            await().atMost(PATIENCE).until(() -> states(event).equals(Set.of(DeliveryState.DELIVERED)));
            assertThat(failing.received()).hasSize(4);
            assertThat(failing.received().stream()
                            .map(r -> r.header("webhook-id"))
                            .collect(Collectors.toSet()))
                    .containsExactly("msg_" + dead.id().toString().replace("-", ""));
        }
    }

    @Test
    void malformedWebhookUrlsAreRefusedWithAClearProblemAndChangeNothing() throws Exception {
        long before = receivers();
        for (String url : List.of(
                "ftp://partner.example/hooks",
                "partner.example/hooks",
                "/hooks",
                "https://user:password@partner.example/hooks",
                "https://partner example/hooks",
                "https://partner.example/hooks#part",
                "")) {
            mvc.perform(post("/api/v1/webhooks")
                            .with(user(coordinator))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(
                                    Map.of("name", "Partner", "url", url, "eventTypes", List.of("zone.changed")))))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("url"))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("Nothing was changed")));
        }
        mvc.perform(post("/api/v1/webhooks")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Partner\", \"url\": \"https://partner.example/h\","
                                + " \"eventTypes\": [\"zone.moved\"], \"secret\": \"not-a-secret\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("secret", "eventTypes")));
        assertThat(receivers()).isEqualTo(before);
    }

    @Test
    void aReceiverRegisteredWithoutSecretGetsOneShownOnceAndOnlyCoordinatorsManageReceivers() throws Exception {
        String body = mvc.perform(post("/api/v1/webhooks")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"RideTide\", \"url\": \"https://rides.example/bulwark\","
                                + " \"eventTypes\": [\"zone.changed\"]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode registered = json.readTree(body);
        assertThat(registered.get("secret").asString()).startsWith("whsec_");
        assertThat(Base64.getDecoder()
                        .decode(registered.get("secret").asString().substring(6)))
                .hasSize(32);
        String id = registered.get("id").asString();

        mvc.perform(get("/api/v1/webhooks/" + id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("https://rides.example/bulwark"))
                .andExpect(jsonPath("$.secret").doesNotExist());
        BulwarkUser operator = BulwarkUser.of(UUID.randomUUID(), "operator-x", "Olu", Role.OPERATOR);
        mvc.perform(get("/api/v1/webhooks").with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/webhooks/" + id).with(user(coordinator))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/webhooks/" + id).with(user(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void theWebhookPageRefusesABadAddressOnThePageAndShowsAGeneratedSecretOnce() throws Exception {
        long before = receivers();
        mvc.perform(post("/webhooks")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "RideTide")
                        .param("url", "https://user:pw@rides.example/hooks")
                        .param("eventTypes", "zone.changed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("must not carry a user name")));
        assertThat(receivers()).isEqualTo(before);

        MvcResult registered = mvc.perform(post("/webhooks")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "RideTide")
                        .param("url", "https://rides.example/hooks")
                        .param("eventTypes", "zone.changed"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String secret = (String) registered.getFlashMap().get("secret");
        assertThat(secret).startsWith("whsec_");
        // sessions are stored by the application, and found again by their cookie
        mvc.perform(get("/webhooks")
                        .cookie(registered.getResponse().getCookies())
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(secret)));
        mvc.perform(get("/webhooks").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("https://rides.example/hooks")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
        mvc.perform(get("/deliveries/dead-letters").with(user(coordinator))).andExpect(status().isOk());
        BulwarkUser operator = BulwarkUser.of(UUID.randomUUID(), "operator-y", "Olu", Role.OPERATOR);
        mvc.perform(get("/webhooks").with(user(operator))).andExpect(status().isForbidden());
        jdbc.sql("update webhook_receiver set removed_at = created_at where url = 'https://rides.example/hooks'")
                .update();
    }

    /** Registers a receiver of every event type over the API; returns its secret. */
    private String register(String url, String secret) throws Exception {
        String body = mvc.perform(post("/api/v1/webhooks")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("name", "Receiver", "url", url, "eventTypes", Webhooks.EVENT_TYPES))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        registered.add(json.readTree(body).get("id").asString());
        return json.readTree(body).get("secret").asString();
    }

    /** Tests share the database: a receiver of one test must not receive the events of the next. */
    @AfterEach
    void removeReceivers() throws Exception {
        for (String id : registered) {
            mvc.perform(delete("/api/v1/webhooks/" + id).with(user(coordinator)));
        }
    }

    private Set<DeliveryState> states(UUID item) {
        return deliveries.of(item, 0, 1000).stream().map(DeliveryRecord::state).collect(Collectors.toSet());
    }

    private long receivers() {
        return jdbc.sql("select count(*) from webhook_receiver")
                .query(Long.class)
                .single();
    }

    /** The signature as a receiver computes it, independently of the application's code. */
    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static org.assertj.core.data.Offset<Long> within(long seconds) {
        return org.assertj.core.data.Offset.offset(seconds);
    }
}
