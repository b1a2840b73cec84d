package org.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.reporting.Receipt;
import org.bulwark.reporting.ReportQuery;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.ReportSource;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.Reports;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoReportsIntegrationTests {

    @Autowired
    Reports reports;

    @Autowired
    ReportSafeguards safeguards;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoReportsAreAcceptedAndTwoHotelsNameTheSameCar() {
        List<UUID> hotels = List.of(hotel("Demo Quay Hotel"), hotel("Demo Harbour Inn"));
        Reader operator = new Reader(UUID.randomUUID(), Role.OPERATOR, UUID.randomUUID(), Set.of());
        Reader analyst = new Reader(UUID.randomUUID(), Role.ANALYST, null, Set.of());
        Reader integration = new Reader(UUID.randomUUID(), Role.INTEGRATION, null, Set.of());

        Receipt receipt = DemoReports.send(reports, safeguards, operator, integration, analyst, hotels, Instant.now());

        assertThat(reports.receipt(receipt.code()))
                .get()
                .extracting(r -> r.reference())
                .isEqualTo(receipt.reference());
        var mine = reports.search(operator, ReportQuery.all()).reports();
        assertThat(mine).hasSize(4);
        assertThat(mine)
                .filteredOn(r -> r.state() == ReportState.CLOSED_NOT_RELEVANT)
                .hasSize(1);
        assertThat(mine)
                .filteredOn(r -> r.state() == ReportState.CLOSED_UNFOUNDED)
                .singleElement()
                .satisfies(r -> assertThat(r.changedAt()).isBefore(Instant.now().minus(Duration.ofDays(90))));
        assertThat(reports.search(integration, ReportQuery.all()).reports())
                .singleElement()
                .extracting(r -> r.source())
                .isEqualTo(ReportSource.PARTNER);
        assertThat(jdbc.sql(
                                "select count(distinct v.report_id) from report_vehicle v join report r on r.id = v.report_id"
                                        + " where v.plate_key = 'PA19KLM' and r.organisation_id = ?")
                        .param(operator.organisation())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private UUID hotel(String name) {
        return sites.register(new SiteDetails(
                        name + " " + UUID.randomUUID().toString().substring(0, 6),
                        "1 Quay Street, Port Alder",
                        new GeoPoint(53.31, 0.25),
                        "hotels-restaurants",
                        UseType.parse("hotel"),
                        300,
                        null,
                        SiteContact.NONE,
                        null))
                .id();
    }
}
