package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.MailServerTests;
import org.bulwark.notify.Mailings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long a network-wide mailing takes from the queuing commit until the mail server has every e-mail. Not part
 * of the suite (its name does not end in Tests); run it with
 * {@code ./mvnw test -Dtest=MailingsBenchmark -Dbenchmark.mailings=20000}, adding {@code -Dbenchmark.oneAddress=true}
 * to send every e-mail to one mailbox.
 */
class MailingsBenchmark extends MailServerTests {

    @Autowired
    Mailings mailings;

    @Autowired
    JdbcTemplate batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void queueAndSendOneMailingToEveryAccount() {
        int size = Integer.getInteger("benchmark.mailings", 20_000);
        List<UUID> accounts = accounts(size);
        // a first, smaller run compiles the code paths, as a server that has run a while has them
        measure(accounts.subList(0, Math.min(size, Integer.getInteger("benchmark.warmUp", 4_000))));
        measure(accounts);
    }

    private void measure(List<UUID> accounts) {
        int size = accounts.size();
        UUID item = UUID.randomUUID();

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Instant start = Instant.now();
        long cpuAtStart = os.getProcessCpuTime();
        transactions.executeWithoutResult(status -> mailings.queue(TestMailComposer.TOPIC, item, 1, accounts));
        Instant committed = Instant.now();
        long cpuAtCommit = os.getProcessCpuTime();
        // polled slowly: counting takes the database's time too
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> sent(item) == size);
        Instant lastSent = jdbc.sql("select max(sent_at) from mailing where topic = ? and item_id = ?")
                .params(TestMailComposer.TOPIC, item)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        long cpuAtEnd = os.getProcessCpuTime();

        // the processor time tells more than the clock on a machine shared with other work
        System.out.printf(
                "%d mailings: queued in %d ms (%d ms of processor time), all handed to the mail server %d ms after"
                        + " the commit (%d ms of processor time in this JVM, mail server included)%n",
                size,
                Duration.between(start, committed).toMillis(),
                (cpuAtCommit - cpuAtStart) / 1_000_000,
                Duration.between(committed, lastSent).toMillis(),
                (cpuAtEnd - cpuAtCommit) / 1_000_000);
        assertThat(sent(item)).isEqualTo(size);
    }

    private long sent(UUID item) {
        return jdbc.sql("select count(*) from mailing where topic = ? and item_id = ? and status = 'SENT'")
                .params(TestMailComposer.TOPIC, item)
                .query(Long.class)
                .single();
    }

    /** Accounts written straight into the table: registering them one by one would hash 20,000 passwords. */
    private List<UUID> accounts(int size) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(size);
        List<UUID> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            UUID id = UUID.randomUUID();
            String username = "bench-" + run + "-" + i;
            ids.add(id);
            // one mailbox for all, where the mail server's cost per mailbox would hide the sender's
            String email = Boolean.getBoolean("benchmark.oneAddress") ? "bench@example.org" : username + "@example.org";
            rows.add(new Object[] {id, username, username, username, email, "OPERATOR", "x", now});
        }
        batches.batchUpdate(
                "insert into account (id, username, username_key, display_name, email, role, password_hash, enabled,"
                        + " failed_logins, created_at, version) values (?, ?, ?, ?, ?, ?, ?, true, 0, ?, 0)",
                rows);
        return ids;
    }
}
