package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CorrelationsIntegrationTests {

    private static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");

    @Autowired
    Correlations correlations;

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random();
    private final List<UUID> mine = new ArrayList<>();
    // a place of its own for every test, so that reports of other tests never come within reach
    private final GeoPoint here = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 340 - 170);
    // short enough that a plate made of it keeps within the 15 characters of a plate key
    private final String unique = Long.toString(
                    (random.nextLong() & Long.MAX_VALUE) % 2_000_000_000L + 100_000_000L, 36)
            .toUpperCase();

    @AfterEach
    void forgetMyReports() {
        correlations.forget(mine);
    }

    @Test
    void reportsWithTheSameNormalisedPlateAreLinked() {
        UUID first = correlate(facts(T0).plates("ab-12 " + unique));
        List<ReportLink> links = correlations.correlate(
                facts(T0.plus(Duration.ofDays(3))).plates("AB12" + unique).build());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(first);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.PLATE);
            assertThat(link.detail())
                    .isEqualTo(new ReportKeys("44")
                            .plate("AB12" + unique)
                            .orElseThrow()
                            .value());
            assertThat(link.otherLater()).isEqualTo(Duration.ofDays(-3));
        });
        assertThat(correlations.linksOf(first)).singleElement().satisfies(link -> {
            assertThat(link.report()).isEqualTo(first);
            assertThat(link.other()).isEqualTo(mine.get(1));
            assertThat(link.otherLater()).isEqualTo(Duration.ofDays(3));
        });
    }

    @Test
    void reportsWithTheSamePhoneNumberAreLinkedHoweverItIsWritten() {
        String number = "7" + (100_000_000 + random.nextInt(800_000_000));
        UUID first = correlate(facts(T0).phones("0" + number));
        List<ReportLink> links = correlations.correlate(
                facts(T0.plus(Duration.ofHours(5))).phones("+44 " + number).build());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(first);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.PHONE);
            assertThat(link.detail()).isEqualTo("+44" + number);
        });
    }

    @Test
    void reportsWithTheSameHandleOnTheSamePlatformAreLinked() {
        String name = "night_owl_" + unique.toLowerCase();
        UUID first = correlate(facts(T0).handle("Instagram", "@" + name.toUpperCase()));
        UUID elsewhere = correlate(facts(T0).handle("Telegram", name));
        List<ReportLink> links = correlations.correlate(
                facts(T0.plus(Duration.ofDays(1))).handle("instagram", name).build());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(first);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.HANDLE);
            assertThat(link.detail()).isEqualTo("instagram:" + name);
        });
        assertThat(correlations.linksOf(elsewhere)).isEmpty();
    }

    @Test
    void reportsAboutTheSameSiteAreLinkedWithoutPositions() {
        UUID site = UUID.randomUUID();
        UUID first = correlate(facts(T0).site(site));
        List<ReportLink> links = correlations.correlate(
                facts(T0.plus(Duration.ofDays(10))).site(site).build());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(first);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.SAME_SITE);
            assertThat(link.detail()).isEqualTo(site.toString());
        });
    }

    @Test
    void reportsWithin500MetresAreLinkedAndReportsAt600MetresAreNot() {
        GeoPoint near = Places.offset(here.latitude(), here.longitude(), 450, 70);
        GeoPoint far = Places.offset(here.latitude(), here.longitude(), 600, 200);
        UUID nearReport = correlate(facts(T0).at(near));
        UUID farReport = correlate(facts(T0).at(far));
        List<ReportLink> links = correlations.correlate(
                facts(T0.plus(Duration.ofDays(2))).at(here).build());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(nearReport);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.NEARBY);
            assertThat(link.distanceMetres()).isEqualTo(450);
            assertThat(link.detail()).isEqualTo("450");
        });
        assertThat(correlations.linksOf(farReport)).isEmpty();
    }

    @Test
    void theSameSiteNearbyGivesOneSiteLinkNotTwo() {
        UUID site = UUID.randomUUID();
        correlate(facts(T0).at(here).site(site));
        List<ReportLink> links = correlations.correlate(facts(T0.plus(Duration.ofDays(1)))
                .at(Places.offset(here.latitude(), here.longitude(), 40, 0))
                .site(site)
                .build());

        assertThat(links).extracting(ReportLink::reason).containsExactly(ReportLinkReason.SAME_SITE);
        assertThat(links.get(0).distanceMetres()).isEqualTo(40);
    }

    @Test
    void nothingMoreThan14DaysApartIsLinkedByKeyOrPlace() {
        UUID site = UUID.randomUUID();
        correlate(facts(T0).plates("AB12" + unique).phones(phone()).at(here).site(site));
        correlate(facts(T0.minus(Duration.ofDays(14)).minusSeconds(60))
                .plates("AB12" + unique)
                .at(here)
                .site(site));
        UUID within = correlate(facts(T0.plus(Duration.ofDays(14))).plates("AB12" + unique));

        List<ReportLink> late = correlations.correlate(facts(T0.plus(Duration.ofDays(15)))
                .plates("AB12" + unique)
                .at(here)
                .site(site)
                .build());

        // only the report 14 days ago at most, which shares the plate, not the place
        assertThat(late).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(within);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.PLATE);
        });
        assertThat(correlations.linksOf(mine.get(0)))
                .extracting(ReportLink::other)
                .containsOnly(within);
    }

    @Test
    void theSameCategoryAtAnotherSiteOfTheSectorWithinSevenDaysIsAPattern() {
        String sector = "sector-" + unique;
        String category = "photography-" + unique;
        UUID siteA = UUID.randomUUID();
        UUID siteB = UUID.randomUUID();
        // far apart, so that nothing links them but the pattern
        UUID atA = correlate(facts(T0).site(siteA).sector(sector).category(category));
        UUID sameSite = correlate(
                facts(T0.plus(Duration.ofDays(20))).site(siteB).sector(sector).category(category));
        UUID otherSector = correlate(facts(T0.plus(Duration.ofDays(1)))
                .site(UUID.randomUUID())
                .sector(sector + "-other")
                .category(category));
        UUID otherCategory = correlate(facts(T0.plus(Duration.ofDays(1)))
                .site(UUID.randomUUID())
                .sector(sector)
                .category(category + "-other"));
        UUID tooEarly = correlate(facts(T0.minus(Duration.ofDays(3)).minusSeconds(3600))
                .site(UUID.randomUUID())
                .sector(sector)
                .category(category));

        List<ReportLink> links = correlations.correlate(facts(T0.plus(Duration.ofDays(4)))
                .site(siteB)
                .sector(sector)
                .category(category)
                .build());

        assertThat(links)
                .filteredOn(link -> link.reason() == ReportLinkReason.SECTOR_PATTERN)
                .extracting(ReportLink::other)
                .containsExactlyInAnyOrder(atA);
        assertThat(links)
                .filteredOn(link -> link.reason() == ReportLinkReason.SECTOR_PATTERN)
                .allSatisfy(link -> assertThat(link.detail()).isEqualTo(sector + "/" + category));
        // the report at the same site 16 days later is neither a pattern (same site) nor within the place window
        assertThat(links).extracting(ReportLink::other).doesNotContain(sameSite, otherSector, otherCategory, tooEarly);
    }

    @Test
    void aPatternNeedsADifferentSite() {
        String sector = "sector-" + unique;
        UUID site = UUID.randomUUID();
        UUID first = correlate(facts(T0).site(site).sector(sector).category("loitering"));
        List<ReportLink> links = correlations.correlate(facts(T0.plus(Duration.ofDays(2)))
                .site(site)
                .sector(sector)
                .category("loitering")
                .build());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(first);
            assertThat(link.reason()).isEqualTo(ReportLinkReason.SAME_SITE);
        });
    }

    @Test
    void aKeySeenMoreThanTheCapLinksNothingAndIsMarked() {
        int cap = CorrelationSettings.defaults().keyCap();
        String plate = "CAP" + unique;
        String normalised = new ReportKeys("44").plate(plate).orElseThrow().value();
        for (int i = 0; i < cap; i++) {
            correlate(facts(T0.plusSeconds(60L * i)).plates(plate));
        }
        assertThat(linksVia(normalised)).isEqualTo(cap * (cap - 1) / 2);
        assertThat(overCap(normalised)).isFalse();

        List<ReportLink> overTheCap = correlations.correlate(
                facts(T0.plus(Duration.ofHours(2))).plates(plate).build());
        UUID later = correlate(facts(T0.plus(Duration.ofHours(3))).plates(plate));

        assertThat(overTheCap).isEmpty();
        assertThat(correlations.linksOf(later)).isEmpty();
        assertThat(linksVia(normalised)).isEqualTo(cap * (cap - 1) / 2);
        assertThat(overCap(normalised)).isTrue();
    }

    @Test
    void stopListedKeysLinkNothingAndAreNotIndexed() {
        UUID first = correlate(facts(T0).plates("unknown", "XXXX").phones("999").handle("Instagram", "@Admin"));
        UUID second = correlate(facts(T0.plusSeconds(600))
                .plates("UNKNOWN", "xxxx")
                .phones("999")
                .handle("instagram", "admin"));

        assertThat(correlations.linksOf(second)).isEmpty();
        assertThat(jdbc.sql("select count(*) from report_key_index where report_id in (?, ?)")
                        .params(first, second)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDismissalNeedsANoteAndFlagsTheLinkOnBothSides() {
        UUID first = correlate(facts(T0).plates("DIS" + unique));
        ReportLink link = correlations
                .correlate(facts(T0.plusSeconds(3600)).plates("DIS" + unique).build())
                .get(0);
        UUID analyst = UUID.randomUUID();

        assertThatThrownBy(() -> correlations.dismiss(link.id(), analyst, "  "))
                .isInstanceOfSatisfying(
                        ReportLinkDismissalRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ReportLinkDismissalRefused.Reason.NOTE_REQUIRED));
        assertThat(correlations.linksOf(first)).noneMatch(ReportLink::dismissed);

        correlations.dismiss(link.id(), analyst, "Two different hire vans with the same plate template.");

        assertThat(correlations.linksOf(first)).singleElement().satisfies(seen -> {
            assertThat(seen.dismissed()).isTrue();
            assertThat(seen.dismissedBy()).isEqualTo(analyst);
            assertThat(seen.dismissalNote()).isEqualTo("Two different hire vans with the same plate template.");
        });
        assertThat(correlations.linksOf(link.report()))
                .singleElement()
                .satisfies(seen -> assertThat(seen.dismissed()).isTrue());
        assertThatThrownBy(() -> correlations.dismiss(link.id(), analyst, "again"))
                .isInstanceOfSatisfying(
                        ReportLinkDismissalRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ReportLinkDismissalRefused.Reason.ALREADY_DISMISSED));
        assertThatThrownBy(() -> correlations.dismiss(UUID.randomUUID(), analyst, "why"))
                .isInstanceOf(ReportLinkNotFound.class);
    }

    @Test
    void correlatingAgainKeepsADismissedLinkDismissedAndDropsLinksThatNoLongerHold() {
        String number = phone();
        UUID first = correlate(facts(T0).plates("AGN" + unique).phones(number));
        UUID second =
                correlate(facts(T0.plusSeconds(3600)).plates("AGN" + unique).phones(number));
        ReportLink plateLink = correlations.linksOf(second).stream()
                .filter(link -> link.reason() == ReportLinkReason.PLATE)
                .findFirst()
                .orElseThrow();
        correlations.dismiss(plateLink.id(), UUID.randomUUID(), "Plate misread");

        // the first report is corrected: another number; its event is also delivered twice
        CorrelationFacts corrected =
                facts(T0).plates("AGN" + unique).phones(phone()).build(first);
        correlations.correlate(corrected);
        List<ReportLink> again = correlations.correlate(corrected);

        assertThat(again).singleElement().satisfies(link -> {
            assertThat(link.id()).isEqualTo(plateLink.id());
            assertThat(link.dismissed()).isTrue();
            assertThat(link.other()).isEqualTo(second);
        });
        assertThat(correlations.linksOf(second)).hasSize(1);
        assertThat(jdbc.sql("select seen from report_key_count where kind = 'PLATE' and norm_key = ?")
                        .param(plateLink.detail())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void forgettingAReportRemovesItsIndexRowsCountsAndLinks() {
        UUID site = UUID.randomUUID();
        UUID first = correlate(facts(T0)
                .plates("FGT" + unique)
                .at(here)
                .site(site)
                .sector("s-" + unique)
                .category("c"));
        UUID second = correlate(
                facts(T0.plusSeconds(60)).plates("FGT" + unique).at(here).site(site));
        String plate = new ReportKeys("44").plate("FGT" + unique).orElseThrow().value();
        assertThat(correlations.linksOf(second)).isNotEmpty();

        correlations.forget(List.of(first));

        assertThat(correlations.linksOf(second)).isEmpty();
        assertThat(correlations.linksOf(first)).isEmpty();
        for (String table : List.of("report_key_index", "report_place_index", "report_pattern_index")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where report_id = ?")
                            .param(first)
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("select seen from report_key_count where kind = 'PLATE' and norm_key = ?")
                        .param(plate)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theGraphReachesTwoLinksAwayWithinItsBound() {
        String number = phone();
        UUID a = correlate(facts(T0).plates("GRA" + unique));
        UUID b = correlate(facts(T0.plusSeconds(60)).plates("GRA" + unique).phones(number));
        UUID c = correlate(facts(T0.plusSeconds(120)).phones(number));

        CorrelationGraph two = correlations.graphOf(a, 2);
        CorrelationGraph one = correlations.graphOf(a, 1);

        assertThat(two.nodes())
                .extracting(CorrelationGraph.Node::report, CorrelationGraph.Node::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a, 0),
                        org.assertj.core.groups.Tuple.tuple(b, 1),
                        org.assertj.core.groups.Tuple.tuple(c, 2));
        assertThat(two.edges()).hasSize(2);
        assertThat(two.edges()).anySatisfy(edge -> {
            assertThat(edge.from()).isEqualTo(b);
            assertThat(edge.to()).isEqualTo(c);
            assertThat(edge.links()).extracting(ReportLink::reason).containsExactly(ReportLinkReason.PHONE);
        });
        assertThat(one.nodes()).extracting(CorrelationGraph.Node::report).containsExactly(a, b);
        assertThat(one.truncated()).isFalse();
    }

    @Test
    void theGraphStopsAtItsBound() {
        int bound = CorrelationSettings.defaults().graphNodes();
        UUID site = UUID.randomUUID();
        UUID centre = correlate(facts(T0).site(site));
        for (int i = 1; i <= bound + 5; i++) {
            correlate(facts(T0.plusSeconds(60L * i)).site(site));
        }

        CorrelationGraph graph = correlations.graphOf(centre, 2);

        assertThat(graph.truncated()).isTrue();
        assertThat(graph.nodes()).hasSize(bound);
        assertThat(graph.nodes().get(0).report()).isEqualTo(centre);
        assertThat(graph.edges())
                .allSatisfy(edge -> assertThat(graph.nodes())
                        .extracting(CorrelationGraph.Node::report)
                        .contains(edge.from(), edge.to()));
    }

    /** A French mobile number of this run, so that reports of other tests never share it. */
    private String phone() {
        return "+33 6 " + (10_000_000 + random.nextInt(89_999_999));
    }

    private int linksVia(String key) {
        return jdbc.sql("select count(*) from report_link where reason = 'PLATE' and detail = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private boolean overCap(String key) {
        return jdbc.sql("select over_cap_at from report_key_count where kind = 'PLATE' and norm_key = ?")
                        .param(key)
                        .query((rs, n) -> rs.getObject(1))
                        .optional()
                        .orElse(null)
                != null;
    }

    private UUID correlate(Builder builder) {
        CorrelationFacts facts = builder.build();
        correlations.correlate(facts);
        return facts.report();
    }

    private Builder facts(Instant observedAt) {
        return new Builder(observedAt);
    }

    /** Facts of a report, each new one remembered so that the test forgets it afterwards. */
    private final class Builder {

        private final Instant observedAt;
        private @Nullable GeoPoint position;
        private @Nullable UUID site;
        private @Nullable String sector;
        private @Nullable String category;
        private final List<String> plates = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private final List<CorrelationFacts.Handle> handles = new ArrayList<>();

        Builder(Instant observedAt) {
            this.observedAt = observedAt;
        }

        Builder plates(String... values) {
            plates.addAll(List.of(values));
            return this;
        }

        Builder phones(String... values) {
            phones.addAll(List.of(values));
            return this;
        }

        Builder handle(String platform, String name) {
            handles.add(new CorrelationFacts.Handle(platform, name));
            return this;
        }

        Builder at(GeoPoint point) {
            position = point;
            return this;
        }

        Builder site(UUID value) {
            site = value;
            return this;
        }

        Builder sector(String value) {
            sector = value;
            return this;
        }

        Builder category(String value) {
            category = value;
            return this;
        }

        CorrelationFacts build() {
            UUID id = UUID.randomUUID();
            mine.add(id);
            return build(id);
        }

        CorrelationFacts build(UUID id) {
            return new CorrelationFacts(
                    id,
                    observedAt,
                    position == null ? null : position.latitude(),
                    position == null ? null : position.longitude(),
                    site,
                    sector,
                    category,
                    plates,
                    phones,
                    handles);
        }
    }
}
