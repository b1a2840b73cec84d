package org.bulwark.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.notify.Notice;
import org.bulwark.notify.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/** Notifications in the {@code notification} table, with their e-mails queued in {@code mail_delivery}. */
@Service
public class JdbcNotifications implements Notifications {

    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 8000;
    static final String NOTICE_EVENT = "notice";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final MailDeliveries deliveries;
    private final NotifySettings settings;
    private final LiveUpdates live;
    private final Clock clock = Clock.systemUTC();

    JdbcNotifications(
            JdbcClient jdbc, Accounts accounts, MailDeliveries deliveries, NotifySettings settings, LiveUpdates live) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.deliveries = deliveries;
        this.settings = settings;
        this.live = live;
    }

    @Override
    @Transactional
    public void notify(Collection<UUID> accountIds, Notice notice) {
        Assert.notNull(accountIds, "accountIds must not be null");
        Assert.notNull(notice, "notice must not be null");
        OffsetDateTime now = utc(clock.instant());
        String subject = cut(notice.subject().strip().replaceAll("[\\r\\n]+", " "), SUBJECT_MAX);
        String body = cut(notice.body(), BODY_MAX);
        List<UUID> queued = new ArrayList<>();
        List<UUID> told = new ArrayList<>();
        for (UUID account : new LinkedHashSet<>(accountIds)) {
            if (notice.key() != null && toldBefore(account, notice.key())) {
                continue;
            }
            UUID notification = UUID.randomUUID();
            told.add(account);
            jdbc.sql("insert into notification (id, account_id, notice_key, subject, body, link_path, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(notification, account, notice.key(), subject, body, notice.linkPath(), now)
                    .update();
            String recipient = address(account);
            UUID delivery = UUID.randomUUID();
            jdbc.sql("insert into mail_delivery (id, notification_id, account_id, recipient, status, attempts,"
                            + " last_error, created_at, next_attempt_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?)")
                    .params(
                            delivery,
                            notification,
                            account,
                            recipient,
                            recipient == null ? "FAILED" : "PENDING",
                            recipient == null ? "The account has no e-mail address or is disabled." : null,
                            now,
                            // the retry job's safety net, should the send after commit never happen
                            recipient == null ? null : utc(clock.instant().plus(settings.firstRetry())))
                    .update();
            if (recipient != null) {
                queued.add(delivery);
            }
        }
        deliveries.sendAfterCommit(List.copyOf(queued));
        announceAfterCommit(told);
    }

    /** Lets the open pages of these accounts know, so that their inbox badge counts the new notification. */
    private void announceAfterCommit(List<UUID> told) {
        if (told.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            live.send(told, NOTICE_EVENT, "{}");
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                live.send(told, NOTICE_EVENT, "{}");
            }
        });
    }

    @Override
    public Locale locale() {
        return settings.locale();
    }

    private boolean toldBefore(UUID account, String key) {
        return jdbc.sql("select count(*) from notification where account_id = ? and notice_key = ?")
                        .params(account, key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private @Nullable String address(UUID account) {
        return accounts.find(account)
                .filter(AccountSummary::enabled)
                .map(AccountSummary::email)
                .filter(email -> !email.isBlank())
                .orElse(null);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
