package org.bulwark.sites.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.SiteDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports sites from CSV or GeoJSON. Every row is checked first and every bad row is recorded with its position
 * and reason; then all good rows are inserted in one transaction with batched inserts, so that a failure leaves
 * nothing half-written. Progress is stored as it goes, so that any request can show it.
 */
@Service
public class SiteImporter {

    private static final Logger LOG = LoggerFactory.getLogger(SiteImporter.class);
    private static final long PROGRESS_EVERY_MILLIS = 200;

    private final JdbcSites sites;
    private final ImportJobs jobs;
    private final PartnerDirectory partners;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final ExecutorService runner;

    public SiteImporter(
            JdbcSites sites,
            ImportJobs jobs,
            PartnerDirectory partners,
            MessageSource messages,
            ObjectMapper json,
            PlatformTransactionManager transactions) {
        this.sites = sites;
        this.jobs = jobs;
        this.partners = partners;
        this.messages = messages;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        AtomicInteger threads = new AtomicInteger();
        this.runner = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "site-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records the import and runs it in the background; follow it with {@link ImportJobs#find}. */
    public UUID start(byte[] content, String fileName, ImportFormat format, SiteAccess access, Locale locale) {
        access.requireCreate();
        UUID id = jobs.create(fileName, format, access);
        runner.execute(() -> run(id, content, format, access, locale));
        return id;
    }

    /** Records the import and runs it now, returning when it is completed or failed. */
    public UUID importNow(byte[] content, String fileName, ImportFormat format, SiteAccess access, Locale locale) {
        access.requireCreate();
        UUID id = jobs.create(fileName, format, access);
        run(id, content, format, access, locale);
        return id;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    void run(UUID id, byte[] content, ImportFormat format, SiteAccess access, Locale locale) {
        try {
            List<ImportRow> rows =
                    format == ImportFormat.CSV ? CsvSiteFile.read(content) : GeoJsonSiteFile.read(content, json);
            if (rows.isEmpty()) {
                throw new ImportFileProblem("sites.import.file.noRows", "the file has no rows after the header");
            }
            Checked checked = check(id, rows, access, locale);
            jobs.recordErrors(id, checked.errors);
            int total = rows.size();
            int rejected = checked.errors.size();
            int valid = checked.good.size();
            jobs.progress(id, ImportStatus.SAVING, total, total, valid, 0, rejected);
            Throttle throttle = new Throttle();
            transaction.executeWithoutResult(tx -> {
                sites.insertAll(checked.good, saved -> {
                    if (throttle.due() || saved == valid) {
                        jobs.progress(id, ImportStatus.SAVING, total, total, valid, saved, rejected);
                    }
                });
                jobs.completed(id, valid);
            });
            LOG.info("Import {} of {} rows: {} imported, {} rejected", id, total, valid, rejected);
        } catch (ImportFileProblem problem) {
            jobs.failed(id, messages.getMessage(problem.reason(), locale));
        } catch (RuntimeException e) {
            LOG.error("Import {} failed; its transaction was rolled back", id, e);
            jobs.failed(
                    id,
                    messages.getMessage(
                            new DefaultMessageSourceResolvable(
                                    new String[] {"sites.import.failedSaving"},
                                    new Object[] {String.valueOf(e.getMessage())}),
                            locale));
        }
    }

    private Checked check(UUID id, List<ImportRow> rows, SiteAccess access, Locale locale) {
        SiteInputs inputs = SiteInputs.of(partners, access);
        List<SiteDetails> good = new ArrayList<>(rows.size());
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Throttle throttle = new Throttle();
        int checked = 0;
        for (ImportRow row : rows) {
            List<FieldProblem> problems = new ArrayList<>(row.readProblems());
            SiteInputs.Result result = inputs.check(row.input());
            boolean noGeometry = problems.stream().anyMatch(p -> p.field().equals("geometry"));
            for (FieldProblem problem : result.problems()) {
                if (!(noGeometry
                        && (problem.field().equals("latitude")
                                || problem.field().equals("longitude")))) {
                    problems.add(problem);
                }
            }
            if (problems.isEmpty() && result.details() != null) {
                SiteDetails details = result.details();
                String key = (details.name() + "\n" + details.address()).toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(key, row.position());
                if (earlier != null) {
                    problems.add(FieldProblem.of("row", "sites.error.row.duplicate", earlier));
                } else {
                    good.add(details);
                }
            }
            if (!problems.isEmpty()) {
                errors.add(new ImportError(
                        row.position(),
                        problems.stream()
                                .map(problem -> messages.getMessage(problem, locale))
                                .collect(Collectors.joining("; "))));
            }
            checked++;
            if (throttle.due()) {
                jobs.progress(id, ImportStatus.CHECKING, rows.size(), checked, good.size(), 0, errors.size());
            }
        }
        return new Checked(good, errors);
    }

    private record Checked(List<SiteDetails> good, List<ImportError> errors) {}

    private static final class Throttle {
        private long last = System.currentTimeMillis();

        boolean due() {
            long now = System.currentTimeMillis();
            if (now - last >= PROGRESS_EVERY_MILLIS) {
                last = now;
                return true;
            }
            return false;
        }
    }
}
