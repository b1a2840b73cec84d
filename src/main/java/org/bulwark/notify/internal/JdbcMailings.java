package org.bulwark.notify.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.Mailings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/** Mailings in the {@code mailing} table, inserted in batches so that a network-wide item queues in one go. */
@Service
class JdbcMailings implements Mailings {

    static final int TOPIC_MAX = 60;
    static final String NO_ADDRESS = "The account has no e-mail address or is disabled.";
    // below this, looking accounts up one by one is cheaper than reading them all
    private static final int FEW = 20;
    private static final int INSERT_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Accounts accounts;
    private final JdbcMailPreferences preferences;
    private final MailingDeliveries deliveries;
    private final NotifySettings settings;
    private final Clock clock = Clock.systemUTC();

    JdbcMailings(
            JdbcClient jdbc,
            JdbcTemplate batches,
            Accounts accounts,
            JdbcMailPreferences preferences,
            MailingDeliveries deliveries,
            NotifySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.batches = batches;
        this.accounts = accounts;
        this.preferences = preferences;
        this.deliveries = deliveries;
    }

    @Override
    @Transactional
    public void queue(String topic, UUID item, int revision, Collection<UUID> accountIds) {
        Assert.hasText(topic, "topic must not be blank");
        Assert.isTrue(topic.length() <= TOPIC_MAX, "topic must be at most " + TOPIC_MAX + " characters");
        Assert.notNull(item, "item must not be null");
        Assert.isTrue(revision >= 1, "revision must be at least 1");
        Assert.notNull(accountIds, "accounts must not be null");
        Assert.noNullElements(accountIds, "accounts must not contain null");
        Set<UUID> recipients = new LinkedHashSet<>(accountIds);
        recipients.removeAll(alreadyQueued(topic, item, revision));
        if (recipients.isEmpty()) {
            return;
        }
        Map<UUID, MailPreference> chosen = preferences.of(recipients);
        recipients.removeIf(account -> chosen.get(account) == MailPreference.OFF);
        Map<UUID, String> addresses = addresses(recipients);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        // sent right after the commit; the retry job's safety net, should that never happen
        OffsetDateTime safetyNet = now.plus(settings.firstRetry());
        List<NewMailing> rows = new ArrayList<>(recipients.size());
        List<UUID> immediate = new ArrayList<>(recipients.size());
        for (UUID account : recipients) {
            String recipient = addresses.get(account);
            boolean digest = chosen.get(account) == MailPreference.DAILY_DIGEST;
            UUID id = UUID.randomUUID();
            if (recipient == null) {
                rows.add(new NewMailing(id, account, null, digest, "FAILED", NO_ADDRESS, null));
            } else if (digest) {
                rows.add(new NewMailing(id, account, recipient, true, "PENDING", null, null));
            } else {
                rows.add(new NewMailing(id, account, recipient, false, "PENDING", null, safetyNet));
                immediate.add(id);
            }
        }
        // a concurrent run of the same call may have inserted some rows since the check above: those are left alone
        batches.batchUpdate(
                "insert into mailing (id, topic, item_id, revision, account_id, recipient, mode, status, attempts,"
                        + " last_error, created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
                        + " on conflict do nothing",
                rows,
                INSERT_BATCH,
                (statement, row) -> {
                    statement.setObject(1, row.id());
                    statement.setString(2, topic);
                    statement.setObject(3, item);
                    statement.setInt(4, revision);
                    statement.setObject(5, row.account());
                    setString(statement, 6, row.recipient());
                    statement.setString(7, row.digest() ? "DIGEST" : "IMMEDIATE");
                    statement.setString(8, row.status());
                    setString(statement, 9, row.error());
                    statement.setObject(10, now);
                    if (row.nextAttempt() == null) {
                        statement.setNull(11, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        statement.setObject(11, row.nextAttempt());
                    }
                });
        deliveries.sendAfterCommit(immediate);
    }

    private Set<UUID> alreadyQueued(String topic, UUID item, int revision) {
        return new HashSet<>(jdbc.sql("select account_id from mailing where topic = ? and item_id = ? and revision = ?")
                .params(topic, item, revision)
                .query(UUID.class)
                .list());
    }

    /** The addresses of those accounts that are enabled and have one. */
    private Map<UUID, String> addresses(Set<UUID> ids) {
        Map<UUID, String> addresses = new HashMap<>();
        if (ids.size() <= FEW) {
            for (UUID id : ids) {
                accounts.find(id).ifPresent(account -> putAddress(addresses, account));
            }
            return addresses;
        }
        for (AccountSummary account : accounts.all()) {
            if (ids.contains(account.id())) {
                putAddress(addresses, account);
            }
        }
        return addresses;
    }

    private static void putAddress(Map<UUID, String> addresses, AccountSummary account) {
        if (account.enabled() && account.email() != null && !account.email().isBlank()) {
            addresses.put(account.id(), account.email().strip());
        }
    }

    private static void setString(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private record NewMailing(
            UUID id,
            UUID account,
            @Nullable String recipient,
            boolean digest,
            String status,
            @Nullable String error,
            @Nullable OffsetDateTime nextAttempt) {}
}
