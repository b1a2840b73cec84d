package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.MailServerTests;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.Notice;
import org.bulwark.notify.Notifications;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationsIntegrationTests extends MailServerTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Notifications notifications;

    @Autowired
    MailDeliveries deliveries;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void eachAccountIsToldOnceInTheAppAndByEMailWithALinkIntoTheApplication() throws Exception {
        Person ann = person();
        Person bob = person();
        Notice notice =
                new Notice("Threat level for Retail: SEVERE", "An attack is highly likely.", "/measures", key());

        notifications.notify(List.of(ann.id(), ann.id(), bob.id()), notice);
        notifications.notify(List.of(ann.id()), notice);

        await().atMost(PATIENCE)
                .until(() -> MAIL.messagesTo(ann.email()).size() == 1
                        && MAIL.messagesTo(bob.email()).size() == 1);
        MimeMessage mail = MAIL.messagesTo(ann.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Threat level for Retail: SEVERE");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("bulwark@localhost");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .contains("An attack is highly likely.\n\nhttps://bulwark.example/measures");
        assertThat(count("select count(*) from notification where account_id = ?", ann.id()))
                .isEqualTo(1);
        await().atMost(PATIENCE).until(() -> "SENT".equals(delivery(ann.id()).get("status")));
        assertThat(delivery(ann.id())).containsEntry("attempts", 1).containsEntry("recipient", ann.email());
        assertThat(delivery(ann.id()).get("sent_at")).isNotNull();
    }

    @Test
    void nothingIsStoredOrSentWhenTheCallersTransactionRollsBack() {
        Person rolledBack = person();
        Person control = person();

        transactions.executeWithoutResult(status -> {
            notifications.notify(List.of(rolledBack.id()), new Notice("Rolled back", "x", "/inbox"));
            status.setRollbackOnly();
        });
        notifications.notify(List.of(control.id()), new Notice("Committed", "x", "/inbox"));

        await().atMost(PATIENCE).until(() -> MAIL.messagesTo(control.email()).size() == 1);
        assertThat(MAIL.messagesTo(rolledBack.email())).isEmpty();
        assertThat(count("select count(*) from notification where account_id = ?", rolledBack.id()))
                .isZero();
    }

    @Test
    void aFailedEMailIsRetriedLaterWithoutFailingTheCallerAndGivenUpAfterTheLastAttempt() {
        Person patient = person();
        Person hopeless = person();
        MAIL.stop();
        try {
            notifications.notify(List.of(patient.id(), hopeless.id()), new Notice("While down", "x", "/inbox"));

            await().atMost(PATIENCE)
                    .until(() -> delivery(patient.id()).get("last_error") != null
                            && delivery(hopeless.id()).get("last_error") != null);
            Map<String, Object> failed = delivery(patient.id());
            assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat(((OffsetDateTime) failed.get("next_attempt_at")))
                    .isAfter((OffsetDateTime) failed.get("last_attempt_at"));

            jdbc.sql("update mail_delivery set attempts = 5, next_attempt_at = ? where account_id = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), hopeless.id())
                    .update();
            deliveries.retryDue();
            assertThat(delivery(hopeless.id()))
                    .containsEntry("status", "FAILED")
                    .containsEntry("attempts", 6);
        } finally {
            MAIL.restart();
        }

        jdbc.sql("update mail_delivery set next_attempt_at = ? where account_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), patient.id())
                .update();
        deliveries.retryDue();

        await().atMost(PATIENCE).until(() -> MAIL.messagesTo(patient.email()).size() == 1);
        assertThat(delivery(patient.id())).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(MAIL.messagesTo(hopeless.email())).isEmpty();
    }

    @Test
    void theInboxListsNewestFirstCountsUnreadAndMarksReadWhenOpened() throws Exception {
        Person reader = person();
        BulwarkUser me = BulwarkUser.of(reader.id(), reader.username(), "Reader", Role.OPERATOR);
        notifications.notify(List.of(reader.id()), new Notice("Older", "first", "/threat"));
        notifications.notify(List.of(reader.id()), new Notice("Newer", "second", "/measures"));

        Document page = page("/inbox", me);
        assertThat(page.select("#inbox-list .notification h2 > span:first-child"))
                .extracting(e -> e.text())
                .containsExactly("Newer", "Older");
        assertThat(page("/inbox/badge", me).select("#inbox-unread").text()).isEqualTo("2");

        String newer = page.select("#inbox-list .notification").get(0).attr("data-id");
        BulwarkUser someoneElse = BulwarkUser.of(UUID.randomUUID(), "other", "Other", Role.OPERATOR);
        mvc.perform(post("/inbox/{id}/open", newer).with(user(someoneElse)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/inbox/{id}/open", newer).with(user(me)).with(csrf())).andExpect(redirectedUrl("/measures"));
        assertThat(page("/inbox/badge", me).select("#inbox-unread").text()).isEqualTo("1");
        assertThat(page("/inbox", me)
                        .select(".notification-unread h2 > span:first-child")
                        .text())
                .isEqualTo("Older");

        mvc.perform(post("/inbox/read-all").with(user(me)).with(csrf())).andExpect(redirectedUrl("/inbox"));
        assertThat(page("/inbox/badge", me).select("#inbox-unread")).isEmpty();
    }

    private Document page(String path, BulwarkUser viewer) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Map<String, Object> delivery(UUID account) {
        return jdbc.sql("select status, attempts, recipient, last_error, last_attempt_at, next_attempt_at, sent_at"
                        + " from mail_delivery where account_id = ?")
                .param(account)
                .query((rs, row) -> {
                    Map<String, Object> values = new java.util.HashMap<>();
                    values.put("status", rs.getString("status"));
                    values.put("attempts", rs.getInt("attempts"));
                    values.put("recipient", rs.getString("recipient"));
                    values.put("last_error", rs.getString("last_error"));
                    values.put("last_attempt_at", rs.getObject("last_attempt_at", OffsetDateTime.class));
                    values.put("next_attempt_at", rs.getObject("next_attempt_at", OffsetDateTime.class));
                    values.put("sent_at", rs.getObject("sent_at", OffsetDateTime.class));
                    return values;
                })
                .single();
    }

    private long count(String sql, UUID account) {
        return jdbc.sql(sql).param(account).query(Long.class).single();
    }

    private Person person() {
        String username = "n" + UUID.randomUUID().toString().substring(0, 12);
        String email = username + "@example.org";
        UUID id = accounts.register(
                new NewAccount(username, "Person " + username, email, Role.OPERATOR, "correct horse battery staple"));
        return new Person(id, username, email);
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    record Person(UUID id, String username, String email) {}
}
