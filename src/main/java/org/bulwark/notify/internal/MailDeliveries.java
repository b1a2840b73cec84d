package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the queued e-mails: right after the transaction that queued them commits, on a thread of its own, and again
 * with exponential backoff when the mail server failed, up to a bounded number of attempts.
 */
@Component
class MailDeliveries {

    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    // a delivery a node claimed but never finished (the node stopped) is tried again after this
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(MailDeliveries.class);

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final NotifySettings settings;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService senders;

    MailDeliveries(JdbcClient jdbc, JavaMailSender mail, NotifySettings settings) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sends these deliveries once the current transaction commits, or now when there is none; never blocks. */
    void sendAfterCommit(List<UUID> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(deliveries);
                }
            });
        } else {
            submit(deliveries);
        }
    }

    private void submit(List<UUID> deliveries) {
        try {
            senders.execute(() -> deliveries.forEach(this::send));
        } catch (RuntimeException e) {
            // the retry job sends them instead
            log.warn("Could not start sending {} e-mail(s): {}", deliveries.size(), e.toString());
        }
    }

    /** Tries the deliveries whose next attempt is due, and those a stopped node left claimed. */
    @Scheduled(
            fixedDelayString = "${bulwark.notify.retry-interval:PT15S}",
            initialDelayString = "${bulwark.notify.retry-interval:PT15S}")
    void retryDue() {
        Instant now = clock.instant();
        jdbc.sql("update mail_delivery set status = 'PENDING' where status = 'SENDING' and last_attempt_at < ?")
                .param(utc(now.minus(STALE_CLAIM)))
                .update();
        List<UUID> due = jdbc.sql("select id from mail_delivery where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at limit 200")
                .param(utc(now))
                .query(UUID.class)
                .list();
        due.forEach(this::send);
    }

    /**
     * Makes one attempt at a delivery, unless another thread or node holds it or it is no longer pending.
     *
     * @return whether the e-mail was accepted by the mail server
     */
    boolean send(UUID delivery) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("update mail_delivery set status = 'SENDING', attempts = attempts + 1,"
                        + " last_attempt_at = ? where id = ? and status = 'PENDING'")
                .params(utc(now), delivery)
                .update();
        if (claimed == 0) {
            return false;
        }
        Outgoing outgoing = jdbc.sql("select d.recipient, d.attempts, n.subject, n.body, n.link_path"
                        + " from mail_delivery d join notification n on n.id = d.notification_id where d.id = ?")
                .param(delivery)
                .query((rs, row) -> new Outgoing(
                        rs.getString("recipient"),
                        rs.getInt("attempts"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link_path")))
                .single();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(outgoing.recipient());
            message.setSubject(outgoing.subject());
            message.setText(outgoing.body() + "\n\n" + settings.link(outgoing.linkPath()) + "\n");
            mail.send(message);
        } catch (RuntimeException e) {
            failed(delivery, outgoing.attempts(), e);
            return false;
        }
        jdbc.sql("update mail_delivery set status = 'SENT', sent_at = ?, last_error = null, next_attempt_at = null"
                        + " where id = ?")
                .params(utc(clock.instant()), delivery)
                .update();
        return true;
    }

    private void failed(UUID delivery, int attempts, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (error.length() > 1000) {
            error = error.substring(0, 1000);
        }
        if (attempts >= settings.maxAttempts()) {
            log.warn("Gave up e-mail delivery {} after {} attempts: {}", delivery, attempts, error);
            jdbc.sql("update mail_delivery set status = 'FAILED', last_error = ?, next_attempt_at = null where id = ?")
                    .params(error, delivery)
                    .update();
            return;
        }
        Instant next = clock.instant().plus(backoff(settings.firstRetry(), attempts));
        jdbc.sql("update mail_delivery set status = 'PENDING', last_error = ?, next_attempt_at = ? where id = ?")
                .params(error, utc(next), delivery)
                .update();
    }

    /** The wait after a failed attempt: the first wait, doubled for each attempt before, at most six hours. */
    static Duration backoff(Duration first, int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Outgoing(String recipient, int attempts, String subject, String body, String linkPath) {}
}
