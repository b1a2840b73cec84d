package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulwark.notify.Mail;
import org.bulwark.notify.MailComposer;
import org.bulwark.notify.internal.Letters.Letter;
import org.bulwark.notify.internal.Letters.Refusal;
import org.bulwark.notify.internal.MailingRows.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the mailings that go out at once: after the queuing transaction commits, their rows are handed in batches to a
 * few sender threads, each of which claims its batch, has the topic's {@link MailComposer} write it, and hands it to
 * the mail server over one connection. A failed e-mail is tried again with backoff by the same threads, woken by a
 * periodic job that also frees the rows of a node that stopped while sending.
 */
@Component
class MailingDeliveries {

    static final String LEFT_OUT = "The item's module wrote no e-mail for the account: it may no longer read the item.";

    private static final Logger log = LoggerFactory.getLogger(MailingDeliveries.class);

    private final MailingRows rows;
    private final MailComposers composers;
    private final Letters letters;
    private final NotifySettings settings;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService senders;
    private final AtomicInteger dueSenders = new AtomicInteger();

    MailingDeliveries(MailingRows rows, MailComposers composers, Letters letters, NotifySettings settings) {
        this.rows = rows;
        this.composers = composers;
        this.letters = letters;
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
            Thread thread = new Thread(runnable, "mailing-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Sends these mailings once the current transaction commits, or now when there is none, in batches spread over
     * the sender threads; never blocks.
     */
    void sendAfterCommit(List<UUID> mailings) {
        if (mailings.isEmpty()) {
            return;
        }
        List<UUID> queued = List.copyOf(mailings);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(queued);
                }
            });
        } else {
            submit(queued);
        }
    }

    private void submit(List<UUID> mailings) {
        try {
            for (int from = 0; from < mailings.size(); from += settings.batchSize()) {
                List<UUID> batch = mailings.subList(from, Math.min(mailings.size(), from + settings.batchSize()));
                senders.execute(() -> send(batch));
            }
        } catch (RejectedExecutionException e) {
            // the retry job sends them instead
            log.warn("Could not start sending {} mailing(s): {}", mailings.size(), e.toString());
        }
    }

    /** Sends those of these mailings that are still pending. */
    private void send(List<UUID> batch) {
        try {
            List<Claimed> claimed = rows.claim(batch);
            if (!claimed.isEmpty()) {
                deliver(claimed);
            }
        } catch (RuntimeException e) {
            // the retry job sends them instead
            log.warn("Sending {} mailing(s) stopped: {}", batch.size(), e.toString());
        }
    }

    /** Tries the mailings whose next attempt is due, and those a stopped node left claimed. */
    @Scheduled(
            fixedDelayString = "${bulwark.notify.retry-interval:PT15S}",
            initialDelayString = "${bulwark.notify.retry-interval:PT15S}")
    void retryDue() {
        rows.releaseStaleClaims();
        startDueSender();
    }

    /** Deletes finished mailings once they are older than the configured period. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
    void purge() {
        int purged = rows.purgeFinished();
        if (purged > 0) {
            log.info("Deleted {} finished mailing(s)", purged);
        }
    }

    /** Starts one more thread sending due mailings, unless as many as the configured senders run; never blocks. */
    private void startDueSender() {
        int now = dueSenders.get();
        if (now >= settings.senders() || !dueSenders.compareAndSet(now, now + 1)) {
            return;
        }
        try {
            senders.execute(this::sendDue);
        } catch (RejectedExecutionException e) {
            dueSenders.decrementAndGet();
        }
    }

    private void sendDue() {
        try {
            int claimed;
            do {
                claimed = sendBatch();
                if (claimed >= settings.batchSize()) {
                    // more may be due than one sender gets through quickly: take a helper along
                    startDueSender();
                }
            } while (claimed > 0);
        } catch (RuntimeException e) {
            // the database is away, most likely: the next run of the retry job tries again
            log.warn("Sending due mailings stopped: {}", e.toString());
        } finally {
            dueSenders.decrementAndGet();
        }
    }

    /**
     * Claims one batch of due mailings and sends it.
     *
     * @return how many mailings were claimed; 0 when none is due
     */
    int sendBatch() {
        List<Claimed> batch = rows.claim(
                "select id from mailing where status = 'PENDING' and mode = 'IMMEDIATE' and next_attempt_at <= :now"
                        + " order by next_attempt_at limit " + settings.batchSize(),
                Map.of("now", MailingRows.utc(clock.instant())));
        if (!batch.isEmpty()) {
            deliver(batch);
        }
        return batch.size();
    }

    private void deliver(List<Claimed> batch) {
        Map<Claimed, String> retry = new LinkedHashMap<>();
        Map<Claimed, String> giveUp = new LinkedHashMap<>();
        List<UUID> skipped = new ArrayList<>();
        List<Letter> outgoing = new ArrayList<>();
        List<Map<String, List<Claimed>>> addressed = new ArrayList<>();
        Map<Revision, List<Claimed>> revisions = new LinkedHashMap<>();
        for (Claimed row : batch) {
            revisions
                    .computeIfAbsent(new Revision(row.topic(), row.item(), row.revision()), key -> new ArrayList<>())
                    .add(row);
        }
        revisions.forEach((revision, recipients) -> {
            Map<UUID, Mail> written;
            try {
                Optional<MailComposer> composer = composers.of(revision.topic());
                if (composer.isEmpty()) {
                    recipients.forEach(row -> retry.put(row, "No mail composer writes the topic " + revision.topic()));
                    return;
                }
                written = composer.get()
                        .compose(
                                revision.item(),
                                revision.revision(),
                                recipients.stream().map(Claimed::account).toList());
            } catch (RuntimeException e) {
                log.warn("Could not write the e-mails about {}: {}", revision, e.toString());
                recipients.forEach(row -> retry.put(row, MailingRows.describe(e)));
                return;
            }
            // the people given the same e-mail share letters, each letter for at most so many of them
            Map<Mail, Map<String, List<Claimed>>> alike = new LinkedHashMap<>();
            for (Claimed row : recipients) {
                Mail mail = written == null ? null : written.get(row.account());
                if (mail == null) {
                    skipped.add(row.id());
                } else {
                    alike.computeIfAbsent(mail, key -> new LinkedHashMap<>())
                            .computeIfAbsent(row.recipient(), key -> new ArrayList<>())
                            .add(row);
                }
            }
            alike.forEach((mail, byAddress) -> {
                String text = mail.text() + "\n\n" + settings.link(mail.linkPath()) + "\n";
                List<String> addresses = List.copyOf(byAddress.keySet());
                for (int from = 0; from < addresses.size(); from += settings.recipientsPerMessage()) {
                    List<String> to =
                            addresses.subList(from, Math.min(addresses.size(), from + settings.recipientsPerMessage()));
                    Map<String, List<Claimed>> share = new LinkedHashMap<>();
                    to.forEach(address -> share.put(address, byAddress.get(address)));
                    outgoing.add(new Letter(to, mail.subject(), text));
                    addressed.add(share);
                }
            });
        });
        List<Map<String, Refusal>> refused = letters.send(outgoing);
        List<UUID> sent = new ArrayList<>(batch.size());
        for (int i = 0; i < outgoing.size(); i++) {
            Map<String, Refusal> refusals = refused.get(i);
            addressed.get(i).forEach((address, share) -> {
                Refusal refusal = refusals.get(address);
                for (Claimed row : share) {
                    if (refusal == null) {
                        sent.add(row.id());
                    } else if (refusal.mayRetry()) {
                        retry.put(row, refusal.error());
                    } else {
                        giveUp.put(row, refusal.error());
                    }
                }
            });
        }
        rows.delivered(sent, "SENT");
        rows.skipped(skipped, LEFT_OUT);
        rows.failed(retry, true);
        rows.failed(giveUp, false);
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }

    private record Revision(String topic, UUID item, int revision) {}
}
