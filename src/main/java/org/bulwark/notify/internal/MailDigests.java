package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.bulwark.notify.Mail;
import org.bulwark.notify.MailComposer;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.internal.Letters.Letter;
import org.bulwark.notify.internal.Letters.Refusal;
import org.bulwark.notify.internal.MailingRows.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Sends each account that chose {@link MailPreference#DAILY_DIGEST} one e-mail a day listing the items mailed to it
 * since its last digest, written by the items' {@link MailComposer}s at that moment. Runs on a cron schedule in the
 * notify time zone; {@link #sendNow()} runs it at once.
 */
@Component
public class MailDigests implements SchedulingConfigurer {

    static final String TURNED_OFF = "The person turned e-mails off before the digest was sent.";
    static final String LEFT_OUT =
            "The item's module wrote no digest entry for the account: it may no longer read the item.";

    private static final Logger log = LoggerFactory.getLogger(MailDigests.class);

    private final JdbcClient jdbc;
    private final MailingRows rows;
    private final MailComposers composers;
    private final Letters letters;
    private final JdbcMailPreferences preferences;
    private final MessageSource messages;
    private final NotifySettings settings;
    private final Clock clock = Clock.systemUTC();
    // one run at a time on each node; rows claimed by another node are skipped, so nodes never send one twice
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-digest");
        thread.setDaemon(true);
        return thread;
    });

    MailDigests(
            JdbcClient jdbc,
            MailingRows rows,
            MailComposers composers,
            Letters letters,
            JdbcMailPreferences preferences,
            MessageSource messages,
            NotifySettings settings) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.composers = composers;
        this.letters = letters;
        this.preferences = preferences;
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if ("-".equals(settings.digestCron().strip())) {
            return;
        }
        CronTrigger daily = new CronTrigger(settings.digestCron(), settings.timeZone());
        registrar.addCronTask(new CronTask(this::startNow, daily));
    }

    /**
     * Sends the digest of every account with entries waiting, now, on the calling thread.
     *
     * @return how many digests the mail server took
     */
    public int sendNow() {
        return run(false);
    }

    /** Starts {@link #sendNow()} on a thread of its own and returns at once. */
    public void startNow() {
        submit(() -> run(false));
    }

    /** Tries again the digests whose sending failed, once their wait is over. */
    @Scheduled(
            fixedDelayString = "${bulwark.notify.retry-interval:PT15S}",
            initialDelayString = "${bulwark.notify.retry-interval:PT15S}")
    void retryDue() {
        submit(() -> run(true));
    }

    private void submit(Runnable run) {
        try {
            runner.execute(() -> {
                try {
                    run.run();
                } catch (RuntimeException e) {
                    log.warn("Sending digests stopped: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Could not start sending digests: {}", e.toString());
        }
    }

    private int run(boolean retriesOnly) {
        Instant start = clock.instant();
        // rows tried during this run wait for the next one, so a mail server that is down ends the run
        String waiting =
                "mode = 'DIGEST' and status = 'PENDING' and (last_attempt_at is null or last_attempt_at < :start)"
                        + (retriesOnly ? " and attempts > 0 and next_attempt_at <= :start" : "");
        int sent = 0;
        while (true) {
            List<UUID> accounts = jdbc.sql("select distinct account_id from mailing where " + waiting + " limit "
                            + settings.batchSize())
                    .param("start", MailingRows.utc(start))
                    .query(UUID.class)
                    .list();
            if (accounts.isEmpty()) {
                return sent;
            }
            List<Claimed> claimed = rows.claim(
                    "select id from mailing where account_id in (:accounts) and " + waiting,
                    Map.of("accounts", accounts, "start", MailingRows.utc(start)));
            if (claimed.isEmpty()) {
                // another node holds them
                return sent;
            }
            sent += send(claimed);
        }
    }

    /** Writes and sends the digests of the accounts of these rows. */
    private int send(List<Claimed> claimed) {
        Map<UUID, List<Claimed>> byAccount = new LinkedHashMap<>();
        for (Claimed row : claimed) {
            byAccount
                    .computeIfAbsent(row.account(), account -> new ArrayList<>())
                    .add(row);
        }
        Map<UUID, MailPreference> chosen = preferences.of(byAccount.keySet());
        Map<Claimed, String> retry = new LinkedHashMap<>();
        Map<Claimed, String> giveUp = new LinkedHashMap<>();
        List<UUID> skipped = new ArrayList<>();
        List<UUID> turnedOff = new ArrayList<>();
        List<Letter> digests = new ArrayList<>();
        List<List<Claimed>> included = new ArrayList<>();
        byAccount.forEach((account, accountRows) -> {
            if (chosen.get(account) == MailPreference.OFF) {
                accountRows.forEach(row -> turnedOff.add(row.id()));
                return;
            }
            Digest digest = write(account, accountRows, retry, skipped);
            if (digest.entries().isEmpty()) {
                return;
            }
            // the address last queued, should it have changed in between
            Claimed latest = accountRows.stream()
                    .max(Comparator.comparing(Claimed::createdAt))
                    .orElseThrow();
            digests.add(new Letter(
                    List.of(latest.recipient()), subject(digest.entries().size()), text(digest.entries())));
            included.add(digest.included());
        });
        List<Map<String, Refusal>> refused = letters.send(digests);
        List<UUID> delivered = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < digests.size(); i++) {
            Refusal refusal = refused.get(i).get(digests.get(i).to().get(0));
            sent += refusal == null ? 1 : 0;
            for (Claimed row : included.get(i)) {
                if (refusal == null) {
                    delivered.add(row.id());
                } else if (refusal.mayRetry()) {
                    retry.put(row, refusal.error());
                } else {
                    giveUp.put(row, refusal.error());
                }
            }
        }
        rows.delivered(delivered, "DIGESTED");
        rows.skipped(skipped, LEFT_OUT);
        rows.skipped(turnedOff, TURNED_OFF);
        rows.failed(retry, true);
        rows.failed(giveUp, false);
        return sent;
    }

    /**
     * The entries of one account's digest, topic by topic in the order the rows were queued. Rows of items the
     * composer left out are added to {@code skipped}, those of a composer that failed to {@code retry}.
     */
    private Digest write(UUID account, List<Claimed> accountRows, Map<Claimed, String> retry, List<UUID> skipped) {
        Map<String, Map<UUID, List<Claimed>>> byTopic = new LinkedHashMap<>();
        for (Claimed row : accountRows) {
            byTopic.computeIfAbsent(row.topic(), topic -> new LinkedHashMap<>())
                    .computeIfAbsent(row.item(), item -> new ArrayList<>())
                    .add(row);
        }
        List<Mail> entries = new ArrayList<>();
        List<Claimed> included = new ArrayList<>();
        byTopic.forEach((topic, items) -> {
            List<Mail> topicEntries = new ArrayList<>();
            List<Claimed> topicIncluded = new ArrayList<>();
            List<UUID> topicSkipped = new ArrayList<>();
            try {
                Optional<MailComposer> composer = composers.of(topic);
                if (composer.isEmpty()) {
                    items.values()
                            .forEach(list ->
                                    list.forEach(row -> retry.put(row, "No mail composer writes the topic " + topic)));
                    return;
                }
                List<UUID> ids = List.copyOf(items.keySet());
                List<Mail> answer = nonNull(composer.get().digest(account, ids));
                if (answer.size() == ids.size()) {
                    topicEntries.addAll(answer);
                    items.values().forEach(topicIncluded::addAll);
                } else if (answer.isEmpty()) {
                    items.values().forEach(list -> list.forEach(row -> topicSkipped.add(row.id())));
                } else {
                    // the entries do not say which items they are: ask item by item to learn which were left out
                    for (Map.Entry<UUID, List<Claimed>> item : items.entrySet()) {
                        List<Mail> one = nonNull(composer.get().digest(account, List.of(item.getKey())));
                        if (one.isEmpty()) {
                            item.getValue().forEach(row -> topicSkipped.add(row.id()));
                        } else {
                            topicEntries.addAll(one);
                            topicIncluded.addAll(item.getValue());
                        }
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not write the digest entries of topic {}: {}", topic, e.toString());
                items.values().forEach(list -> list.forEach(row -> retry.put(row, MailingRows.describe(e))));
                return;
            }
            entries.addAll(topicEntries);
            included.addAll(topicIncluded);
            skipped.addAll(topicSkipped);
        });
        return new Digest(entries, included);
    }

    String subject(int entries) {
        return message("notify.digest.subject", entries);
    }

    String text(List<Mail> entries) {
        StringBuilder text = new StringBuilder(message("notify.digest.intro")).append("\n\n");
        int number = 1;
        for (Mail entry : entries) {
            text.append(number++)
                    .append(". ")
                    .append(Letters.oneLine(entry.subject()))
                    .append('\n');
            if (!entry.text().isBlank()) {
                text.append(entry.text().strip()).append('\n');
            }
            text.append(settings.link(entry.linkPath())).append("\n\n");
        }
        text.append("-- \n")
                .append(message("notify.digest.footer", settings.link("/settings/mail")))
                .append('\n');
        return text.toString();
    }

    private String message(String key, Object... arguments) {
        Locale locale = settings.locale();
        return messages.getMessage(key, arguments, locale);
    }

    private static List<Mail> nonNull(List<Mail> answer) {
        return answer == null
                ? List.of()
                : answer.stream().filter(Objects::nonNull).toList();
    }

    @PreDestroy
    void stop() {
        runner.shutdown();
    }

    private record Digest(List<Mail> entries, List<Claimed> included) {

        Digest {
            entries = List.copyOf(entries);
            included = List.copyOf(new LinkedHashSet<>(included));
        }
    }
}
