package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.MailServerTests;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.MailPreferences;
import org.bulwark.notify.Mailings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class MailingsIntegrationTests extends MailServerTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String TOPIC = TestMailComposer.TOPIC;

    @Autowired
    Mailings mailings;

    @Autowired
    MailPreferences preferences;

    @Autowired
    MailingDeliveries deliveries;

    @Autowired
    MailDigests digests;

    @Autowired
    TestMailComposer composer;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anImmediateMailCarriesTheTextTheComposerWritesWhenSentAndAnAbsoluteLink() throws Exception {
        Person ann = person();
        UUID item = UUID.randomUUID();

        mailings.queue(TOPIC, item, 1, List.of(ann.id()));

        await().atMost(PATIENCE).until(() -> MAIL.messagesTo(ann.email()).size() == 1);
        MimeMessage mail = MAIL.messagesTo(ann.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo(TestMailComposer.subject(item, 1));
        assertThat(mail.getFrom()[0].toString()).isEqualTo("bulwark@localhost");
        assertThat(mail.getHeader("To", ",")).isEqualTo(ann.email());
        assertThat(((String) mail.getContent()).replace("\r\n", "\n").strip())
                .isEqualTo(TestMailComposer.text(item, ann.id()) + "\n\nhttps://bulwark.example/items/" + item);
        await().atMost(PATIENCE)
                .until(() -> "SENT".equals(mailing(item, ann.id()).get("status")));
        assertThat(mailing(item, ann.id()))
                .containsEntry("mode", "IMMEDIATE")
                .containsEntry("attempts", 1)
                .containsEntry("recipient", ann.email());
    }

    @Test
    void peopleGivenTheSameEMailEachGetOneCopyWithoutLearningWhoElseGotIt() throws Exception {
        List<Person> people = List.of(person(), person(), person());
        UUID item = UUID.randomUUID();
        composer.writeAlike(item);

        mailings.queue(TOPIC, item, 1, people.stream().map(Person::id).toList());

        await().atMost(PATIENCE)
                .until(() ->
                        people.stream().allMatch(p -> MAIL.messagesTo(p.email()).size() == 1));
        for (Person person : people) {
            MimeMessage mail = MAIL.messagesTo(person.email()).get(0);
            assertThat(((String) mail.getContent()).strip()).startsWith("Written for everyone about " + item);
            assertThat(mail.getHeader("To", ",")).isEqualTo("undisclosed-recipients:;");
            assertThat(mail.getHeader("Cc")).isNull();
            assertThat(mail.getHeader("Bcc")).isNull();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            mail.writeTo(raw);
            for (Person other : people) {
                assertThat(raw.toString(StandardCharsets.UTF_8)).doesNotContain(other.email());
            }
        }
        await().atMost(PATIENCE)
                .until(() -> people.stream()
                        .allMatch(p -> "SENT".equals(mailing(item, p.id()).get("status"))));
    }

    @Test
    void anAccountTheComposerLeavesOutIsSkippedAndGetsNothing() {
        Person reader = person();
        Person noLongerReader = person();
        UUID item = UUID.randomUUID();
        composer.forbid(noLongerReader.id(), item);

        mailings.queue(TOPIC, item, 1, List.of(reader.id(), noLongerReader.id()));

        await().atMost(PATIENCE)
                .until(() -> "SKIPPED".equals(mailing(item, noLongerReader.id()).get("status"))
                        && "SENT".equals(mailing(item, reader.id()).get("status")));
        assertThat(MAIL.messagesTo(reader.email())).hasSize(1);
        assertThat(MAIL.messagesTo(noLongerReader.email())).isEmpty();
        assertThat((String) mailing(item, noLongerReader.id()).get("last_error"))
                .contains("may no longer read");
    }

    @Test
    void anAccountThatTurnedEMailOffIsNotQueuedAtAll() {
        Person quiet = person();
        preferences.set(quiet.id(), MailPreference.OFF);
        UUID item = UUID.randomUUID();

        mailings.queue(TOPIC, item, 1, List.of(quiet.id()));

        assertThat(count(item)).isZero();
    }

    @Test
    void anAccountWithoutAddressIsRecordedAsFailedWithTheReason() {
        UUID unknown = UUID.randomUUID();
        UUID item = UUID.randomUUID();

        mailings.queue(TOPIC, item, 1, List.of(unknown));

        assertThat(mailing(item, unknown))
                .containsEntry("status", "FAILED")
                .containsEntry("last_error", JdbcMailings.NO_ADDRESS)
                .containsEntry("attempts", 0);
    }

    @Test
    void queueingTheSameRevisionAgainMailsNobodyTwiceButANewRevisionIsMailedAgain() {
        Person ann = person();
        Person bob = person();
        UUID item = UUID.randomUUID();

        mailings.queue(TOPIC, item, 1, List.of(ann.id(), ann.id(), bob.id()));
        mailings.queue(TOPIC, item, 1, List.of(ann.id(), bob.id()));
        await().atMost(PATIENCE)
                .until(() -> MAIL.messagesTo(ann.email()).size() == 1
                        && MAIL.messagesTo(bob.email()).size() == 1);
        mailings.queue(TOPIC, item, 1, List.of(ann.id()));
        mailings.queue(TOPIC, item, 2, List.of(ann.id()));

        await().atMost(PATIENCE).until(() -> MAIL.messagesTo(ann.email()).size() == 2);
        assertThat(count(item)).isEqualTo(3);
        assertThat(MAIL.messagesTo(ann.email()))
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(TestMailComposer.subject(item, 1), TestMailComposer.subject(item, 2));
        assertThat(MAIL.messagesTo(bob.email())).hasSize(1);
    }

    @Test
    void nothingIsQueuedWhenTheCallersTransactionRollsBack() {
        Person ann = person();
        UUID item = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            mailings.queue(TOPIC, item, 1, List.of(ann.id()));
            status.setRollbackOnly();
        });

        assertThat(count(item)).isZero();
    }

    @Test
    void theDailyDigestListsAnAccountsItemsInOneEMailAndLeavesOutThoseItMayNoLongerRead() throws Exception {
        Person reader = person();
        preferences.set(reader.id(), MailPreference.DAILY_DIGEST);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        mailings.queue(TOPIC, first, 1, List.of(reader.id()));
        mailings.queue(TOPIC, withdrawn, 1, List.of(reader.id()));
        mailings.queue(TOPIC, second, 1, List.of(reader.id()));
        mailings.queue(TOPIC, second, 2, List.of(reader.id()));
        assertThat(mailing(first, reader.id())).containsEntry("mode", "DIGEST").containsEntry("status", "PENDING");
        composer.forbid(reader.id(), withdrawn);

        digests.sendNow();

        assertThat(MAIL.messagesTo(reader.email())).hasSize(1);
        MimeMessage digest = MAIL.messagesTo(reader.email()).get(0);
        assertThat(digest.getSubject()).isEqualTo("Your daily digest: 2 items");
        String text = ((String) digest.getContent()).replace("\r\n", "\n");
        assertThat(text)
                .contains("1. Entry " + first + "\nSummary of " + first + "\nhttps://bulwark.example/items/" + first)
                .contains("2. Entry " + second + "\nSummary of " + second + "\nhttps://bulwark.example/items/" + second)
                .contains("https://bulwark.example/settings/mail")
                .doesNotContain(withdrawn.toString());
        assertThat(mailing(first, reader.id())).containsEntry("status", "DIGESTED");
        assertThat(statuses(second, reader.id())).containsExactly("DIGESTED", "DIGESTED");
        assertThat(mailing(withdrawn, reader.id())).containsEntry("status", "SKIPPED");

        digests.sendNow();
        assertThat(MAIL.messagesTo(reader.email())).hasSize(1);
    }

    @Test
    void noDigestIsSentWhenTheComposerLeavesOutEveryItem() {
        Person former = person();
        preferences.set(former.id(), MailPreference.DAILY_DIGEST);
        UUID item = UUID.randomUUID();
        mailings.queue(TOPIC, item, 1, List.of(former.id()));
        composer.forbid(former.id(), item);

        digests.sendNow();

        assertThat(mailing(item, former.id())).containsEntry("status", "SKIPPED");
        assertThat(MAIL.messagesTo(former.email())).isEmpty();
    }

    @Test
    void aComposerThatFailsLeavesTheMailingToBeTriedAgain() {
        Person ann = person();
        UUID item = UUID.randomUUID();
        composer.breakItem(item);

        mailings.queue(TOPIC, item, 1, List.of(ann.id()));

        await().atMost(PATIENCE).until(() -> mailing(item, ann.id()).get("last_error") != null);
        assertThat(mailing(item, ann.id())).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        composer.repair(item);
        makeDue(item, ann.id());
        deliveries.retryDue();
        await().atMost(PATIENCE).until(() -> MAIL.messagesTo(ann.email()).size() == 1);
    }

    @Test
    void mailingsQueuedWhileTheMailServerIsDownAreRetriedWithBackoffAndDeliveredWhenItIsBack() {
        Person patient = person();
        Person hopeless = person();
        Person digestReader = person();
        preferences.set(digestReader.id(), MailPreference.DAILY_DIGEST);
        UUID item = UUID.randomUUID();
        MAIL.stop();
        try {
            mailings.queue(TOPIC, item, 1, List.of(patient.id(), hopeless.id(), digestReader.id()));

            await().atMost(PATIENCE)
                    .until(() -> mailing(item, patient.id()).get("last_error") != null
                            && mailing(item, hopeless.id()).get("last_error") != null);
            Map<String, Object> failed = mailing(item, patient.id());
            assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat((OffsetDateTime) failed.get("next_attempt_at"))
                    .isAfter((OffsetDateTime) failed.get("last_attempt_at"));

            assertThat(digests.sendNow()).isZero();
            Map<String, Object> digestFailed = mailing(item, digestReader.id());
            assertThat(digestFailed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat(digestFailed.get("last_error")).isNotNull();

            jdbc.sql("update mailing set attempts = 5, next_attempt_at = ? where account_id = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), hopeless.id())
                    .update();
            deliveries.retryDue();
            await().atMost(PATIENCE)
                    .until(() -> "FAILED".equals(mailing(item, hopeless.id()).get("status")));
            assertThat(mailing(item, hopeless.id())).containsEntry("attempts", 6);
        } finally {
            MAIL.restart();
        }

        makeDue(item, patient.id());
        deliveries.retryDue();
        makeDue(item, digestReader.id());
        digests.retryDue();

        await().atMost(PATIENCE)
                .until(() -> MAIL.messagesTo(patient.email()).size() == 1
                        && MAIL.messagesTo(digestReader.email()).size() == 1);
        await().atMost(PATIENCE)
                .until(() -> "SENT".equals(mailing(item, patient.id()).get("status")));
        assertThat(mailing(item, patient.id())).containsEntry("attempts", 2);
        await().atMost(PATIENCE)
                .until(() -> "DIGESTED".equals(mailing(item, digestReader.id()).get("status")));
        assertThat(MAIL.messagesTo(hopeless.email())).isEmpty();
    }

    private void makeDue(UUID item, UUID account) {
        jdbc.sql("update mailing set next_attempt_at = ? where item_id = ? and account_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), item, account)
                .update();
    }

    private Map<String, Object> mailing(UUID item, UUID account) {
        return jdbc.sql("select mode, status, attempts, recipient, last_error, last_attempt_at, next_attempt_at"
                        + " from mailing where item_id = ? and account_id = ?")
                .params(item, account)
                .query((rs, row) -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("mode", rs.getString("mode"));
                    values.put("status", rs.getString("status"));
                    values.put("attempts", rs.getInt("attempts"));
                    values.put("recipient", rs.getString("recipient"));
                    values.put("last_error", rs.getString("last_error"));
                    values.put("last_attempt_at", rs.getObject("last_attempt_at", OffsetDateTime.class));
                    values.put("next_attempt_at", rs.getObject("next_attempt_at", OffsetDateTime.class));
                    return values;
                })
                .single();
    }

    private List<String> statuses(UUID item, UUID account) {
        return jdbc.sql("select status from mailing where item_id = ? and account_id = ? order by revision")
                .params(item, account)
                .query(String.class)
                .list();
    }

    private long count(UUID item) {
        return jdbc.sql("select count(*) from mailing where item_id = ?")
                .param(item)
                .query(Long.class)
                .single();
    }

    private Person person() {
        String username = "m" + UUID.randomUUID().toString().substring(0, 12);
        String email = username + "@example.org";
        UUID id = accounts.register(
                new NewAccount(username, "Person " + username, email, Role.OPERATOR, "correct horse battery staple"));
        return new Person(id, username, email);
    }

    record Person(UUID id, String username, String email) {}
}
