package org.bulwark.reporting.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Reader;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportSource;
import org.bulwark.reporting.internal.ReportRows.Stored;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the reports that partner systems send at the same moment together. Each request thread hands its checked
 * report over and waits; one writer thread takes every report waiting, writes them in one transaction with one
 * statement per table, and answers each request after the commit. A commit costs the same for one report as for a
 * hundred, so under load the reports of many requests share it, and a 201 still follows the report's own commit.
 * When a shared transaction fails, each of its reports is written again on its own, so that one bad report fails
 * alone.
 */
@Component
class ReportWriter {

    // reports written in one transaction at most
    static final int MOST_AT_ONCE = 200;
    // how long a request waits for its commit before it gives up with an error
    private static final long WAIT_SECONDS = 60;

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

    private final JdbcClient jdbc;
    private final ReportRows rows;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    ReportWriter(JdbcClient jdbc, ReportRows rows, Accounts accounts, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.writer = new Thread(this::writeWhileRunning, "report-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** What became of a report handed over with an idempotency key. */
    sealed interface Outcome {}

    /** The report was stored now. */
    record Created(Stored stored) implements Outcome {}

    /** A report with the same key and content was stored before. */
    record Existing(UUID id) implements Outcome {}

    private record Pending(
            Reader reporter, String key, String hash, ReportChecks.Checked report, CompletableFuture<Outcome> answer) {

        String account() {
            return String.valueOf(reporter.account());
        }
    }

    /**
     * Stores a partner system's report once per key and account, and returns when it is committed.
     *
     * @throws ReportConflict if the key was used before for a report with other content
     */
    Outcome write(Reader reporter, String key, String hash, ReportChecks.Checked report) {
        if (!running) {
            throw new TransientDataAccessResourceException("Reports are not taken while the service stops.");
        }
        Pending pending = new Pending(reporter, key, hash, report, new CompletableFuture<>());
        waiting.add(pending);
        try {
            return pending.answer().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientDataAccessResourceException("Interrupted while the report was being stored.", e);
        } catch (TimeoutException e) {
            throw new TransientDataAccessResourceException(
                    "The report was not stored within " + WAIT_SECONDS + " seconds.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeWhileRunning() {
        while (running || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                waiting.drainTo(batch, MOST_AT_ONCE - 1);
                writeTogether(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("The report writer failed; it goes on with the next reports", e);
            }
        }
    }

    private void writeTogether(List<Pending> batch) {
        Map<Pending, Outcome> outcomes;
        try {
            outcomes = transactions.execute(status -> writeAll(batch));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                answerAlone(batch.get(0), failure);
            } else {
                batch.forEach(pending -> writeAlone(pending));
            }
            return;
        }
        batch.forEach(pending -> answer(pending, outcomes));
    }

    private void writeAlone(Pending pending) {
        try {
            answer(pending, transactions.execute(status -> writeAll(List.of(pending))));
        } catch (RuntimeException failure) {
            answerAlone(pending, failure);
        }
    }

    /** Answers the request with its outcome; a report without one reused its key for other content. */
    private static void answer(Pending pending, @Nullable Map<Pending, Outcome> outcomes) {
        Outcome outcome = outcomes == null ? null : outcomes.get(pending);
        if (outcome == null) {
            pending.answer().completeExceptionally(reusedKey(pending.key()));
        } else {
            pending.answer().complete(outcome);
        }
    }

    /** The refusal of a key that was used before for a report with other content. */
    static ReportConflict reusedKey(String key) {
        return new ReportConflict(
                "The Idempotency-Key '" + key + "' was already used for a report with different content.");
    }

    /**
     * A report that failed on its own: a request with the same key may have committed first, in an earlier batch or
     * on another node.
     */
    private void answerAlone(Pending pending, RuntimeException failure) {
        if (failure instanceof DuplicateKeyException) {
            try {
                Optional<Outcome> earlier = transactions.execute(status -> earlier(pending));
                if (earlier != null && earlier.isPresent()) {
                    pending.answer().complete(earlier.get());
                    return;
                }
            } catch (ReportConflict reused) {
                pending.answer().completeExceptionally(reused);
                return;
            } catch (RuntimeException again) {
                failure.addSuppressed(again);
            }
        }
        pending.answer().completeExceptionally(failure);
    }

    /**
     * Writes the reports of a batch; retries of a report in the same batch get the report its first request writes, or
     * no outcome when they reuse its key for other content. A key stored before fails the whole batch on the unique
     * key of account and key, and each report is then written alone: a retry after an earlier commit is rare, and
     * looking every key of every batch up first cost more than writing the batch.
     */
    private Map<Pending, Outcome> writeAll(List<Pending> batch) {
        Map<Pending, Outcome> outcomes = new HashMap<>();
        // the first of each account and key in this batch is written; the others are answered as its retries
        Map<String, Pending> firstOfKey = new LinkedHashMap<>();
        List<Pending> retries = new ArrayList<>();
        for (Pending pending : batch) {
            if (firstOfKey.putIfAbsent(pending.account() + '\n' + pending.key(), pending) != null) {
                retries.add(pending);
            }
        }
        List<Pending> written = List.copyOf(firstOfKey.values());
        Map<UUID, @Nullable String> names = new HashMap<>();
        List<ReportRows.NewReport> reports = new ArrayList<>(written.size());
        for (Pending pending : written) {
            String name = names.computeIfAbsent(
                    pending.reporter().account(),
                    account -> accounts.find(account)
                            .map(AccountSummary::displayName)
                            .orElse(null));
            ReportChecks.Checked report = pending.report();
            reports.add(new ReportRows.NewReport(
                    report,
                    ReportSource.PARTNER,
                    pending.reporter(),
                    name,
                    report.latitude(),
                    report.longitude(),
                    pending.key(),
                    pending.hash(),
                    null));
        }
        List<Stored> results = rows.insert(reports);
        for (int i = 0; i < written.size(); i++) {
            outcomes.put(written.get(i), new Created(results.get(i)));
        }
        for (Pending retry : retries) {
            Pending first = firstOfKey.get(retry.account() + '\n' + retry.key());
            if (first.hash().equals(retry.hash())) {
                outcomes.put(
                        retry, new Existing(results.get(written.indexOf(first)).id()));
            }
        }
        return outcomes;
    }

    private record Earlier(UUID id, String hash) {}

    /** The report stored before under this request's account and key, if any. */
    private Optional<Outcome> earlier(Pending pending) {
        // equality on both columns of the unique key, which the planner answers from that index whatever it
        // believes about the table
        Optional<Earlier> before = jdbc.sql("select id, request_hash from report"
                        + " where integration_account = :account and idempotency_key = :key")
                .param("account", pending.reporter().account())
                .param("key", pending.key())
                .query((rs, row) -> new Earlier(rs.getObject("id", UUID.class), rs.getString("request_hash")))
                .optional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (!before.get().hash().equals(pending.hash())) {
            throw reusedKey(pending.key());
        }
        return Optional.of(new Existing(before.get().id()));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // not interrupted: that could break the commit it is in; it sees the flag within a second
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }
}
