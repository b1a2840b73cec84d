package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The intake as partner systems use it at volume: the report answered is the report stored, and the catalogues it
 * is checked against are read once in a while rather than for every report, without refusing what was just added.
 */
@SpringBootTest
class IntakeIntegrationTests {

    @Autowired
    Reports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    Readers readers;

    @Autowired
    Sites sites;

    @Autowired
    SectorCatalogue sectors;

    @Test
    void theReportAnsweredToAPartnerSystemIsTheReportReadBack() {
        Reader partner = account("partner", Role.INTEGRATION);
        UUID site = sites.register(new SiteDetails(
                        "Harbour Arena",
                        "1 Quay Road",
                        new GeoPoint(53.312, 0.251),
                        "stadia-arenas",
                        UseType.ARENA,
                        4_000,
                        null,
                        SiteContact.NONE,
                        null))
                .id();

        Submission atSite = reports.submitOnce(
                partner,
                UUID.randomUUID().toString(),
                draft(site, null, null, "observation-surveillance", Instant.parse("2026-01-10T18:30:00.123456789Z")),
                List.of());
        Submission atPoint = reports.submitOnce(
                partner, UUID.randomUUID().toString(), draft(null, 53.3, 0.26, null, null), List.of());

        assertThat(atSite.created()).isTrue();
        assertThat(atSite.report())
                .isEqualTo(reports.get(partner, atSite.report().id()));
        assertThat(atSite.report().siteName()).isEqualTo("Harbour Arena");
        assertThat(atSite.report().sector()).isEqualTo("stadia-arenas");
        assertThat(atSite.report().observedAt()).isEqualTo(Instant.parse("2026-01-10T18:30:00.123456Z"));
        assertThat(atPoint.report())
                .isEqualTo(reports.get(partner, atPoint.report().id()));
    }

    @Test
    void theReportAnsweredToAnAnalystCarriesItsHistoryAsReadBack() {
        Reader analyst = account("analyst", Role.ANALYST);

        Report sent = reports.submit(analyst, draft(null, 53.3, 0.26, "photography", Instant.now()), List.of());

        assertThat(sent.history()).hasSize(1);
        assertThat(sent).isEqualTo(reports.get(analyst, sent.id()));
    }

    @Test
    void aSectorAddedAMomentAgoIsAcceptedAtOnce() {
        Reader partner = account("ferries", Role.INTEGRATION);
        reports.submit(partner, draft(null, 53.3, 0.26, "photography", null), List.of());
        String code = "ferries-" + UUID.randomUUID().toString().substring(0, 8);
        ReportDraft toNewSector = new ReportDraft(
                null, 53.3, 0.26, null, code, null, "A man filmed the car deck.", null, null, null, null, null, null);
        assertThatThrownBy(() -> reports.submit(partner, toNewSector, List.of()))
                .isInstanceOf(InvalidReport.class);

        sectors.add(code, "Ferries", "Ferries");

        assertThat(reports.submit(partner, toNewSector, List.of()).sector()).isEqualTo(code);
    }

    @Test
    void reportsSentAtTheSameMomentAreEachStoredOnceWithTheirOwnReference() throws Exception {
        Reader partner = account("burst", Role.INTEGRATION);
        List<Callable<Submission>> sends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String key = "burst-" + i;
            sends.add(() -> reports.submitOnce(partner, key, draft(null, 53.3, 0.26, "photography", null), List.of()));
        }

        List<Submission> answers = inParallel(sends);

        assertThat(answers).allMatch(Submission::created);
        assertThat(answers.stream().map(answer -> answer.report().reference()).distinct())
                .hasSize(60);
        for (Submission answer : answers) {
            assertThat(answer.report())
                    .isEqualTo(reports.get(partner, answer.report().id()));
        }
    }

    @Test
    void retriesSentAtTheSameMomentAsTheFirstGetTheFirstReportAndOtherContentUnderTheKeyIsRefused() throws Exception {
        Reader partner = account("retry", Role.INTEGRATION);
        ReportDraft first = draft(null, 53.3, 0.26, "photography", null);
        ReportDraft other = draft(null, 53.4, 0.27, "photography", null);
        List<Callable<Submission>> sends = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ReportDraft body = i % 3 == 2 ? other : first;
            sends.add(() -> reports.submitOnce(partner, "the-same-key", body, List.of()));
        }

        List<Object> answers = inParallelOrFailure(sends);

        Set<UUID> stored = answers.stream()
                .filter(Submission.class::isInstance)
                .map(answer -> ((Submission) answer).report().id())
                .collect(Collectors.toSet());
        long created = answers.stream()
                .filter(answer -> answer instanceof Submission submission && submission.created())
                .count();
        long refused = answers.stream().filter(ReportConflict.class::isInstance).count();
        assertThat(stored).hasSize(1);
        assertThat(created).isEqualTo(1);
        // whichever body came first is stored; every request with the other body is refused
        assertThat(refused).isIn(10L, 20L);
        assertThat(answers)
                .hasSize(30)
                .allMatch(answer -> answer instanceof Submission || answer instanceof ReportConflict);
    }

    private static List<Submission> inParallel(List<Callable<Submission>> sends) throws Exception {
        List<Submission> answers = new ArrayList<>();
        for (Object answer : inParallelOrFailure(sends)) {
            if (answer instanceof Throwable failure) {
                throw new AssertionError("a submission failed", failure);
            }
            answers.add((Submission) answer);
        }
        return answers;
    }

    /** Runs every call at once and gives, for each, its result or what it threw. */
    private static List<Object> inParallelOrFailure(List<Callable<Submission>> sends) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sends.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Submission>> futures = new ArrayList<>();
            for (Callable<Submission> send : sends) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return send.call();
                }));
            }
            start.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Submission> future : futures) {
                try {
                    answers.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    answers.add(e.getCause());
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Reader account(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.register(
                new NewAccount(username, "Intake " + prefix, username + "@intake.example", role, "intake-password-1"));
        return readers.reader(id, role);
    }

    private static ReportDraft draft(
            UUID site, Double latitude, Double longitude, String category, Instant observedAt) {
        return new ReportDraft(
                observedAt,
                latitude,
                longitude,
                site,
                site == null ? "transport" : null,
                category,
                "  A man filmed the staff entrance for ten minutes, then left when approached.  ",
                List.of(new Person("Tall, dark jacket", "Filmed the barriers")),
                List.of(new Vehicle("PA21 XYZ", "white van")),
                List.of("+44 7700 900123"),
                List.of(new Handle("Telegram", "@harbour_watch")),
                null,
                "EN");
    }
}
