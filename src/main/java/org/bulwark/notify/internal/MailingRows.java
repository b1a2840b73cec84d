package org.bulwark.notify.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state changes of {@code mailing} rows shared by immediate sending and the digest: claiming rows so that one
 * thread of one node works on them, and recording what became of them.
 */
@Component
class MailingRows {

    static final int ERROR_MAX = 1000;
    private static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(MailingRows.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final NotifySettings settings;
    private final Clock clock = Clock.systemUTC();

    MailingRows(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, NotifySettings settings) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.settings = settings;
    }

    /**
     * Claims the pending rows the query selects: they become SENDING, count one more attempt, and belong to the
     * returned claim. Rows another thread or node is claiming at the same moment are skipped, not waited for.
     *
     * @param select a query of {@code mailing.id} with named parameters, without locking clause
     */
    List<Claimed> claim(String select, Map<String, Object> params) {
        List<Claimed> claimed = transactions.execute(status -> {
            List<UUID> ids = jdbc.sql(select + " for update skip locked")
                    .params(params)
                    .query(UUID.class)
                    .list();
            return claim(ids);
        });
        return claimed == null ? List.of() : claimed;
    }

    /**
     * Claims those of these rows that are still pending; rows another thread or node holds or finished are left
     * out. Never returns null.
     */
    List<Claimed> claim(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID claim = UUID.randomUUID();
        int claimed = jdbc.sql("update mailing set status = 'SENDING', claim_id = :claim, attempts = attempts + 1,"
                        + " last_attempt_at = :now where id in (:ids) and status = 'PENDING'")
                .param("claim", claim)
                .param("now", utc(clock.instant()))
                .param("ids", ids)
                .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("select id, topic, item_id, revision, account_id, recipient, attempts, created_at"
                        + " from mailing where id in (:ids) and claim_id = :claim"
                        + " order by account_id, created_at, id")
                .param("ids", ids)
                .param("claim", claim)
                .query((rs, row) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getString("topic"),
                        rs.getObject("item_id", UUID.class),
                        rs.getInt("revision"),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("recipient"),
                        rs.getInt("attempts"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Records these rows as handed to the mail server, with the status SENT or DIGESTED. */
    void delivered(Collection<UUID> ids, String status) {
        OffsetDateTime now = utc(clock.instant());
        inChunks(
                ids,
                chunk -> jdbc.sql("update mailing set status = :status, sent_at = :now, last_error = null,"
                                + " next_attempt_at = null, claim_id = null where id in (:ids)")
                        .param("status", status)
                        .param("now", now)
                        .param("ids", chunk)
                        .update());
    }

    /** Records these rows as not to be sent, for the reason given. */
    void skipped(Collection<UUID> ids, String reason) {
        inChunks(
                ids,
                chunk -> jdbc.sql("update mailing set status = 'SKIPPED', last_error = :reason,"
                                + " next_attempt_at = null, claim_id = null where id in (:ids)")
                        .param("reason", reason)
                        .param("ids", chunk)
                        .update());
    }

    /**
     * Records failed attempts: each row is tried again after the backoff of its attempts, with jitter so that rows
     * failed together are not retried together, or given up after the last attempt. A failure that no retry can
     * mend (such as an address that is not one) is given up at once.
     */
    void failed(Map<Claimed, String> errors, boolean retry) {
        if (errors.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Failure> rows = new ArrayList<>(errors.size());
        int givenUp = 0;
        for (Map.Entry<Claimed, String> failure : errors.entrySet()) {
            Claimed row = failure.getKey();
            boolean last = !retry || row.attempts() >= settings.maxAttempts();
            givenUp += last ? 1 : 0;
            OffsetDateTime next = last ? null : utc(now.plus(retryWait(settings.firstRetry(), row.attempts())));
            rows.add(new Failure(row.id(), cut(failure.getValue()), next));
        }
        batches.batchUpdate(
                "update mailing set status = ?, last_error = ?, next_attempt_at = ?, claim_id = null where id = ?",
                rows,
                rows.size(),
                (statement, row) -> {
                    statement.setString(1, row.next() == null ? "FAILED" : "PENDING");
                    statement.setString(2, row.error());
                    if (row.next() == null) {
                        statement.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        statement.setObject(3, row.next());
                    }
                    statement.setObject(4, row.id());
                });
        if (givenUp > 0) {
            log.warn(
                    "Gave up {} mailing(s); first error: {}",
                    givenUp,
                    errors.values().iterator().next());
        }
    }

    /** Makes rows a stopped node left claimed pending again, due now. */
    int releaseStaleClaims() {
        OffsetDateTime now = utc(clock.instant());
        return jdbc.sql("update mailing set status = 'PENDING', claim_id = null, next_attempt_at = :now"
                        + " where status = 'SENDING' and last_attempt_at < :stale")
                .param("now", now)
                .param("stale", utc(clock.instant().minus(MailDeliveries.STALE_CLAIM)))
                .update();
    }

    /** Deletes finished rows older than {@link NotifySettings#mailingsKept()}, with their addresses. */
    int purgeFinished() {
        return jdbc.sql("delete from mailing where status in ('SENT', 'DIGESTED', 'SKIPPED', 'FAILED')"
                        + " and created_at < ?")
                .param(utc(clock.instant().minus(settings.mailingsKept())))
                .update();
    }

    /** The wait after a failed attempt: the backoff of e-mails, and up to a fifth more at random. */
    static Duration retryWait(Duration first, int attempts) {
        Duration wait = MailDeliveries.backoff(first, attempts);
        long jitter = ThreadLocalRandom.current().nextLong(wait.toMillis() / 5 + 1);
        return wait.plusMillis(jitter);
    }

    static String cut(String error) {
        return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    }

    static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void inChunks(Collection<UUID> ids, Consumer<List<UUID>> action) {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            action.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Failure(UUID id, String error, @Nullable OffsetDateTime next) {}

    /** A row claimed for sending. */
    record Claimed(
            UUID id,
            String topic,
            UUID item,
            int revision,
            UUID account,
            String recipient,
            int attempts,
            Instant createdAt) {}
}
