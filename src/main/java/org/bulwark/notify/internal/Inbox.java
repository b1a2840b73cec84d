package org.bulwark.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's in-app notifications; every method reads or changes only the given account's own. */
@Component
public class Inbox {

    public static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest notifications of the account, newest first. */
    public List<Item> latest(UUID account) {
        return jdbc.sql("select id, subject, body, link_path, created_at, read_at from notification"
                        + " where account_id = ? order by created_at desc, id limit " + SHOWN)
                .param(account)
                .query((rs, row) -> new Item(
                        rs.getObject("id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link_path"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("read_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("read_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public long unread(UUID account) {
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(account)
                .query(Long.class)
                .single();
    }

    /** Marks a notification of the account read and gives its link; empty when it is not the account's. */
    public Optional<String> open(UUID account, UUID notification) {
        jdbc.sql("update notification set read_at = ? where id = ? and account_id = ? and read_at is null")
                .params(now(), notification, account)
                .update();
        return jdbc.sql("select link_path from notification where id = ? and account_id = ?")
                .params(notification, account)
                .query(String.class)
                .optional();
    }

    public void markAllRead(UUID account) {
        jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
                .params(now(), account)
                .update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /** One notification as the inbox lists it. */
    public record Item(
            UUID id,
            String subject,
            String body,
            String linkPath,
            Instant createdAt,
            @Nullable Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }
}
