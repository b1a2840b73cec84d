package org.bulwark.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.geo.GeoCells;
import org.bulwark.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class SitesIntegrationTests {

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void registeringASiteStoresItsCellAndTierAndAnnouncesIt() {
        SiteFixtures.Organisation owner = SiteFixtures.organisation(jdbc, "Registry Org");

        Site site = sites.register(SiteFixtures.details(SiteFixtures.unique("Arena"), owner.id(), 800));

        Site stored = sites.findById(site.id()).orElseThrow();
        assertThat(stored.tier()).isEqualTo(Tier.ENHANCED);
        assertThat(stored.details().organisationId()).isEqualTo(owner.id());
        assertThat(jdbc.sql("select h3_cell from site where id = ?")
                        .param(site.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(GeoCells.cellOf(new GeoPoint(51.5, -0.12)));
        assertThat(events.stream(SiteRegistered.class))
                .extracting(SiteRegistered::site)
                .contains(site.id());
    }

    @Test
    void bulkRegistrationStoresAllOrNothing() {
        long before = sites.count();
        List<SiteDetails> batch = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            batch.add(SiteFixtures.details(SiteFixtures.unique("Bulk"), null, i));
        }

        List<UUID> ids = sites.registerAll(batch);

        assertThat(ids).hasSize(2500);
        assertThat(sites.count()).isEqualTo(before + 2500);
        assertThat(sites.findAllById(ids.subList(0, 1200))).hasSize(1200);
        assertThat(events.stream(SiteRegistered.class).filter(e -> ids.contains(e.site())))
                .hasSize(2500);

        List<SiteDetails> bad = new ArrayList<>(batch.subList(0, 10));
        bad.add(new SiteDetails(
                "Bad", "x", new GeoPoint(1, 1), "no-such-sector", UseType.OTHER, 1, null, SiteContact.NONE, null));
        long middle = sites.count();
        assertThatThrownBy(() -> sites.registerAll(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("site 11")
                .hasMessageContaining("no-such-sector");
        assertThat(sites.count()).isEqualTo(middle);
    }

    @Test
    void registeringWithAnUnknownOrganisationIsRefused() {
        assertThatThrownBy(() -> sites.register(SiteFixtures.details("Orphan", UUID.randomUUID(), 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown organisation");
    }
}
