package org.bulwark.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.bulwark.notify.Channel;
import org.bulwark.notify.DeliveryRecord;
import org.bulwark.notify.DeliveryState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of {@code delivery} and {@code delivery_content}: inserted in batches in the caller's transaction, claimed
 * by one thread of one node with {@code for update skip locked} so that nodes never wait for each other's rows, and
 * updated with the outcome of each attempt.
 */
@Component
class DeliveryRows {

    static final int ERROR_MAX = 1000;
    static final int BODY_MAX = 60_000;
    private static final int INSERT_BATCH = 1000;
    private static final int CHUNK = 1000;
    // from how many deliveries on, PostgreSQL takes them in one COPY rather than in batches of inserts
    static final int COPY_FROM = 2000;

    // the columns a new delivery is written with, by the batches of inserts and by the copy: NewDelivery.values
    static final String NEW_COLUMNS =
            "id, delivery_key, item_id, content_id, channel, account_id, receiver_id, address,"
                    + " status, attempts, created_at, last_attempt_at, next_attempt_at, delivered_at";
    // due deliveries of a channel, in the order they are claimed: see delivery_due_idx
    private static final String DUE = "channel = :channel and status = 'PENDING' and next_attempt_at <= :now";

    private static final String RECORD_COLUMNS = "select d.id, d.item_id, c.topic, d.channel, d.account_id,"
            + " d.receiver_id, d.address, d.status, d.attempts, d.last_error, d.created_at, d.last_attempt_at,"
            + " d.next_attempt_at, d.delivered_at from delivery d join delivery_content c on c.id = d.content_id";

    private static final RowMapper<DeliveryRecord> RECORD = (rs, n) -> new DeliveryRecord(
            rs.getObject("id", UUID.class),
            rs.getObject("item_id", UUID.class),
            rs.getString("topic"),
            Channel.valueOf(rs.getString("channel")),
            rs.getObject("account_id", UUID.class),
            rs.getObject("receiver_id", UUID.class),
            rs.getString("address"),
            DeliveryState.valueOf(rs.getString("status")),
            rs.getInt("attempts"),
            rs.getString("last_error"),
            instant(rs, "created_at"),
            instant(rs, "last_attempt_at"),
            instant(rs, "next_attempt_at"),
            instant(rs, "delivered_at"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final DeliverySettings settings;
    private final DeliveryCopier copier;
    private final Clock clock = Clock.systemUTC();

    DeliveryRows(
            JdbcClient jdbc,
            JdbcTemplate batches,
            TransactionTemplate transactions,
            DeliverySettings settings,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.named = new NamedParameterJdbcTemplate(batches);
        this.transactions = transactions;
        this.settings = settings;
        this.copier = new DeliveryCopier(dataSource, batches);
    }

    /**
     * Whether no delivery of these rows' items is stored yet, as for a new alert: then none of the rows can meet a
     * key stored before, and they can all be written at once.
     */
    private boolean noneStoredFor(List<NewDelivery> rows) {
        Set<UUID> items = new LinkedHashSet<>();
        rows.forEach(row -> items.add(row.item()));
        for (UUID item : items) {
            if (!jdbc.sql("select id from delivery where item_id = ? limit 1")
                    .param(item)
                    .query(UUID.class)
                    .list()
                    .isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Stores what is said once, for the deliveries that share it; returns its identifier. */
    UUID content(
            UUID item,
            String topic,
            String subject,
            String body,
            @Nullable String linkPath,
            @Nullable String eventType) {
        Content content = new Content(DeliveryIds.next(), item, topic, subject, body, linkPath, eventType);
        contents(List.of(content));
        return content.id();
    }

    /** Stores contents in batches. */
    void contents(List<Content> contents) {
        OffsetDateTime now = utc(clock.instant());
        batches.batchUpdate(
                "insert into delivery_content (id, item_id, topic, subject, body, link_path, event_type, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                contents,
                INSERT_BATCH,
                (statement, content) -> {
                    statement.setObject(1, content.id());
                    statement.setObject(2, content.item());
                    statement.setString(3, content.topic());
                    statement.setString(4, cut(content.subject().strip().replaceAll("[\\r\\n]+", " "), 300));
                    statement.setString(5, cut(content.body(), BODY_MAX));
                    statement.setString(6, content.linkPath());
                    statement.setString(7, content.eventType());
                    statement.setObject(8, now);
                });
    }

    /**
     * Inserts deliveries, skipping those whose key exists already.
     *
     * @return the rows inserted now
     */
    List<NewDelivery> insert(List<NewDelivery> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = utc(clock.instant());
        if (rows.size() >= COPY_FROM && noneStoredFor(rows) && copier.copy(rows, now)) {
            return rows;
        }
        int[][] counts = batches.batchUpdate(
                "insert into delivery (" + NEW_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                rows,
                INSERT_BATCH,
                (statement, row) -> {
                    Object[] values = row.values(now);
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                });
        List<NewDelivery> inserted = new ArrayList<>(rows.size());
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count > 0 || count == Statement.SUCCESS_NO_INFO) {
                    inserted.add(rows.get(index));
                }
                index++;
            }
        }
        return inserted;
    }

    /**
     * Claims up to {@code limit} due deliveries of the channel (of one receiver, when given): they become SENDING,
     * count one more attempt and belong to the returned claim, so that they can be sent outside any transaction.
     * Rows another node is claiming are skipped. Their outcome goes to {@link #recordClaimed}.
     */
    List<Claimed> claim(Channel channel, @Nullable UUID receiver, int limit) {
        List<Claimed> claimed = transactions.execute(status -> {
            OffsetDateTime now = utc(clock.instant());
            List<Row> rows = lock(channel, receiver, limit, now);
            if (rows.isEmpty()) {
                return List.<Claimed>of();
            }
            UUID claim = UUID.randomUUID();
            // one row at a time by its primary key, in one batch: with "id in (...)" the planner, whose statistics
            // lag behind a table that has just taken a large alert's deliveries, read the whole table for each claim
            batches.batchUpdate(
                    "update delivery set status = 'SENDING', claim_id = ?, attempts = attempts + 1,"
                            + " last_attempt_at = ? where id = ?",
                    rows,
                    rows.size(),
                    (statement, row) -> {
                        statement.setObject(1, claim);
                        statement.setObject(2, now);
                        statement.setObject(3, row.id());
                    });
            return withContents(rows);
        });
        return claimed == null ? List.of() : claimed;
    }

    /**
     * Locks up to {@code limit} due deliveries of the channel in the caller's transaction, skipping rows other
     * threads or nodes hold; they stay PENDING, and are free again the moment the transaction ends, committed or not
     * (the node stopped). Their outcome goes to {@link #recordLocked}, in the same transaction.
     */
    List<Claimed> lockDue(Channel channel, int limit) {
        return withContents(lock(channel, null, limit, utc(clock.instant())));
    }

    /** Locks due deliveries of the channel (of one receiver, when given), skipping those locked elsewhere. */
    private List<Row> lock(Channel channel, @Nullable UUID receiver, int limit, OffsetDateTime now) {
        return jdbc.sql("select id, item_id, channel, account_id, receiver_id, address, attempts, content_id"
                        + " from delivery where " + DUE
                        + (receiver == null ? "" : " and receiver_id = :receiver")
                        + " order by next_attempt_at, content_id limit " + limit + " for update skip locked")
                .param("channel", channel.name())
                .param("now", now)
                .param("receiver", receiver)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("receiver_id", UUID.class),
                        rs.getString("address"),
                        rs.getInt("attempts"),
                        rs.getObject("content_id", UUID.class)))
                .list();
    }

    /**
     * The locked rows with what they say, each text read once however many rows share it, and each with the number
     * of the attempt about to be made.
     */
    private List<Claimed> withContents(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> contentIds = new LinkedHashSet<>();
        rows.forEach(row -> contentIds.add(row.content()));
        Map<UUID, Content> contents = new HashMap<>();
        jdbc.sql("select id, item_id, topic, subject, body, link_path, event_type from delivery_content"
                        + " where id in (:ids)")
                .param("ids", contentIds)
                .query((rs, n) -> new Content(
                        rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link_path"),
                        rs.getString("event_type")))
                .list()
                .forEach(content -> contents.put(content.id(), content));
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Content content = contents.get(row.content());
            claimed.add(new Claimed(
                    row.id(),
                    row.item(),
                    row.channel(),
                    row.account(),
                    row.receiver(),
                    row.address(),
                    row.attempts() + 1,
                    row.content(),
                    content.topic(),
                    content.subject(),
                    content.body(),
                    content.linkPath(),
                    content.eventType()));
        }
        return claimed;
    }

    /** Records the outcome of attempts on deliveries {@link #claim claimed} earlier, which counted the attempts. */
    void recordClaimed(Collection<UUID> delivered, Map<Claimed, String> retry, Map<Claimed, String> giveUp) {
        record(delivered, retry, giveUp, false);
    }

    /** Records the outcome of attempts on deliveries {@link #lockDue locked} in this transaction, counting them. */
    void recordLocked(Collection<UUID> delivered, Map<Claimed, String> retry, Map<Claimed, String> giveUp) {
        record(delivered, retry, giveUp, true);
    }

    /**
     * Records attempts, each row updated once: delivered; or tried again after the backoff of its attempts, with
     * jitter so that deliveries failed together are not retried together; or dead after its last attempt, or at
     * once when no retry can help. A claimed row leaves its claim, and only while it is still SENDING (a claim that
     * outlived the claim timeout may have been released and taken by another node); a locked row is held by the
     * caller and counts its attempt now.
     */
    private void record(
            Collection<UUID> delivered, Map<Claimed, String> retry, Map<Claimed, String> giveUp, boolean locked) {
        Instant now = clock.instant();
        OffsetDateTime at = utc(now);
        String attempt = locked ? "attempts = attempts + 1, last_attempt_at = :now" : "claim_id = null";
        String held = locked ? "" : " and status = 'SENDING'";
        inChunks(
                delivered,
                chunk -> jdbc.sql("update delivery set status = 'DELIVERED', delivered_at = :now, last_error = null,"
                                + " next_attempt_at = null, " + attempt + " where id in (:ids)" + held)
                        .param("now", at)
                        .param("ids", chunk)
                        .update());
        List<SqlParameterSource> failures = new ArrayList<>(retry.size() + giveUp.size());
        retry.forEach((row, error) -> failures.add(failure(row, error, true, now)));
        giveUp.forEach((row, error) -> failures.add(failure(row, error, false, now)));
        if (!failures.isEmpty()) {
            named.batchUpdate(
                    "update delivery set status = :status, last_error = :error, next_attempt_at = :next,"
                            + " dead_at = :dead, " + attempt + " where id = :id" + held,
                    failures.toArray(SqlParameterSource[]::new));
        }
    }

    /** The receivers with webhook deliveries due now. */
    List<UUID> receiversDue() {
        return jdbc.sql("select distinct receiver_id from delivery where channel = 'WEBHOOK' and status = 'PENDING'"
                        + " and next_attempt_at <= ?")
                .param(utc(clock.instant()))
                .query(UUID.class)
                .list();
    }

    /** Whether any delivery of the channel is due now. */
    boolean anyDue(Channel channel) {
        return !jdbc.sql("select id from delivery where channel = ? and status = 'PENDING' and next_attempt_at <= ?"
                        + " limit 1")
                .params(channel.name(), utc(clock.instant()))
                .query(UUID.class)
                .list()
                .isEmpty();
    }

    /** A failed attempt's status, error, next attempt, time of death and delivery, for an update. */
    private SqlParameterSource failure(Claimed row, String error, boolean retry, Instant now) {
        boolean dead = !retry || row.attempts() >= settings.maxAttempts();
        return new MapSqlParameterSource()
                .addValue("status", dead ? "DEAD" : "PENDING")
                .addValue("error", cut(error, ERROR_MAX))
                .addValue("next", dead ? null : utc(now.plus(retryWait(row.attempts()))), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("dead", dead ? utc(now) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("now", utc(now))
                .addValue("id", row.id());
    }

    /** The wait after a failed attempt: the backoff, and up to a fifth more at random. */
    Duration retryWait(int attempts) {
        Duration wait = settings.backoff(attempts);
        long jitter = ThreadLocalRandom.current().nextLong(wait.toMillis() / 5 + 1);
        return wait.plusMillis(jitter);
    }

    /** Makes deliveries a stopped node left claimed pending again, due now; returns how many. */
    int releaseStaleClaims() {
        Instant now = clock.instant();
        return jdbc.sql("update delivery set status = 'PENDING', claim_id = null, next_attempt_at = ?"
                        + " where status = 'SENDING' and last_attempt_at < ?")
                .params(utc(now), utc(now.minus(settings.claimTimeout())))
                .update();
    }

    /** Cancels the deliveries not yet made to a receiver that was removed. */
    int cancelFor(UUID receiver) {
        return jdbc.sql("update delivery set status = 'CANCELLED', next_attempt_at = null, claim_id = null"
                        + " where receiver_id = ? and status in ('PENDING', 'DEAD')")
                .param(receiver)
                .update();
    }

    boolean replay(UUID id) {
        return jdbc.sql("update delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, dead_at = null"
                                + " where id = ? and status = 'DEAD'")
                        .params(utc(clock.instant()), id)
                        .update()
                > 0;
    }

    int replayAll() {
        return jdbc.sql("update delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, dead_at = null"
                        + " where status = 'DEAD'")
                .param(utc(clock.instant()))
                .update();
    }

    /** The channel of a delivery, if there is one. */
    @Nullable
    Channel channelOf(UUID id) {
        return jdbc.sql("select channel from delivery where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(Channel::valueOf)
                .orElse(null);
    }

    List<DeliveryRecord> of(UUID item, int offset, int limit) {
        return jdbc.sql(RECORD_COLUMNS + " where d.item_id = ? order by d.channel, d.address, d.id limit ? offset ?")
                .params(item, limit, offset)
                .query(RECORD)
                .list();
    }

    List<DeliveryRecord> dead(int limit) {
        return jdbc.sql(RECORD_COLUMNS + " where d.status = 'DEAD' order by d.dead_at desc, d.id limit ?")
                .param(limit)
                .query(RECORD)
                .list();
    }

    Map<Channel, Map<DeliveryState, Long>> summary(UUID item) {
        Map<Channel, Map<DeliveryState, Long>> summary = new EnumMap<>(Channel.class);
        jdbc.sql("select channel, status, count(*) as n from delivery where item_id = ? group by channel, status")
                .param(item)
                .query(rs -> {
                    summary.computeIfAbsent(
                                    Channel.valueOf(rs.getString("channel")), c -> new EnumMap<>(DeliveryState.class))
                            .put(DeliveryState.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return summary;
    }

    private static void inChunks(Collection<UUID> ids, java.util.function.Consumer<List<UUID>> action) {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            action.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** What deliveries share. */
    record Content(
            UUID id,
            UUID item,
            String topic,
            String subject,
            String body,
            @Nullable String linkPath,
            @Nullable String eventType) {}

    /** A delivery to insert. */
    record NewDelivery(
            UUID id,
            UUID item,
            UUID content,
            String key,
            Channel channel,
            @Nullable UUID account,
            @Nullable UUID receiver,
            String address) {

        /**
         * Its values for {@link #NEW_COLUMNS}, stored now: in the application a delivery is done the moment it is
         * committed; over any other channel it is due at once.
         */
        @Nullable
        Object[] values(OffsetDateTime now) {
            boolean done = channel == Channel.IN_APP;
            return new Object[] {
                id,
                key,
                item,
                content,
                channel.name(),
                account,
                receiver,
                cut(address, 2000),
                done ? "DELIVERED" : "PENDING",
                done ? 1 : 0,
                now,
                done ? now : null,
                done ? null : now,
                done ? now : null
            };
        }
    }

    /** A due delivery, locked. */
    private record Row(
            UUID id,
            UUID item,
            Channel channel,
            @Nullable UUID account,
            @Nullable UUID receiver,
            String address,
            int attempts,
            UUID content) {}

    /** A delivery claimed or locked for an attempt, with what it says and the number of that attempt. */
    record Claimed(
            UUID id,
            UUID item,
            Channel channel,
            @Nullable UUID account,
            @Nullable UUID receiver,
            String address,
            int attempts,
            UUID content,
            String topic,
            String subject,
            String body,
            @Nullable String linkPath,
            @Nullable String eventType) {}
}
