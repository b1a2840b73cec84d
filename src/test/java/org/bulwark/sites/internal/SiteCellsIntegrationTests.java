package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.bulwark.geo.GeoCells;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SiteCellsIntegrationTests {

    @Autowired
    SiteRegistry registry;

    @Autowired
    JdbcSites sites;

    @Autowired
    SiteCells cells;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void registeringMovingAndRemovingSitesKeepsTheirCellRowsInStepWithTheSiteTable() {
        SiteAccess access = registry.access(SiteFixtures.user(Role.COORDINATOR));
        Random random = new Random();
        GeoPoint here = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 300 - 150);
        GeoPoint there = ZoneSamples.destination(here, 90, 1_000);
        Site first = registry.create(details("First", here), access);
        // three metres away: usually the same cell, but near a cell's edge the next one
        GeoPoint beside = ZoneSamples.destination(here, 0, 3);
        Site second = registry.create(details("Second", beside), access);
        Site third = registry.create(details("Third", there), access);
        GeoPoint nudged = ZoneSamples.destination(there, 180, 2);
        Set<Long> watched = new HashSet<>(List.of(
                GeoCells.cellOf(here), GeoCells.cellOf(beside), GeoCells.cellOf(there), GeoCells.cellOf(nudged)));
        assertThat(GeoCells.cellOf(here)).isNotEqualTo(GeoCells.cellOf(there));
        assertRowsMatchTheSiteTable(watched);
        assertThat(packed(GeoCells.cellOf(here))).containsKey(first.id());
        assertThat(packed(GeoCells.cellOf(beside))).containsKey(second.id());

        // into another cell, then a few metres within it, then out of the registry
        registry.update(first.id(), details("First", there), null, access);
        assertRowsMatchTheSiteTable(watched);
        registry.update(third.id(), details("Third", nudged), null, access);
        assertRowsMatchTheSiteTable(watched);
        registry.delete(second.id(), access);
        assertRowsMatchTheSiteTable(watched);

        assertThat(packed(GeoCells.cellOf(here))).doesNotContainKeys(first.id(), second.id());
        assertThat(packed(GeoCells.cellOf(beside))).doesNotContainKeys(first.id(), second.id());
        assertThat(packed(GeoCells.cellOf(there))).containsKey(first.id());
        assertThat(packed(GeoCells.cellOf(nudged))).containsKey(third.id());
        registry.delete(first.id(), access);
        registry.delete(third.id(), access);
        assertRowsMatchTheSiteTable(watched);
        assertThat(jdbc.sql("select count(*) from site_cell where h3_cell in (:cells)")
                        .param("cells", watched)
                        .query(Integer.class)
                        .single())
                .as("a cell that no longer holds sites has no row")
                .isZero();
    }

    @Test
    void anImportedBatchIsPackedCellByCell() {
        Random random = new Random();
        GeoPoint centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 300 - 150);
        List<SiteDetails> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(details(
                    "Batch " + i,
                    ZoneSamples.destination(centre, random.nextDouble() * 360, random.nextDouble() * 400)));
        }
        List<UUID> ids = sites.registerAll(batch);
        Set<Long> touched = new HashSet<>();
        batch.forEach(one -> touched.add(GeoCells.cellOf(one.location())));
        assertRowsMatchTheSiteTable(touched);
        Map<UUID, GeoPoint> packed = new HashMap<>();
        touched.forEach(cell -> packed.putAll(packed(cell)));
        assertThat(packed).containsKeys(ids.toArray(UUID[]::new));
        sites.findAllById(ids).forEach(sites::delete);
        assertRowsMatchTheSiteTable(touched);
    }

    @Test
    void rebuildingFromTheSiteTableGivesTheRowsTheRegistryKept() {
        registry.create(details("Rebuilt", new GeoPoint(10, 20)), registry.access(SiteFixtures.user(Role.COORDINATOR)));
        Map<Long, Map<UUID, GeoPoint>> kept = everyRow();

        int packed = transactions.execute(status -> cells.rebuild());

        assertThat(everyRow()).isEqualTo(kept);
        assertThat(packed)
                .isEqualTo(jdbc.sql("select count(*) from site")
                        .query(Integer.class)
                        .single());
    }

    private void assertRowsMatchTheSiteTable(Set<Long> cellsToCheck) {
        for (long cell : cellsToCheck) {
            Map<UUID, GeoPoint> expected = new HashMap<>();
            jdbc.sql("select id, latitude, longitude from site where h3_cell = ?")
                    .param(cell)
                    .query(rs -> {
                        expected.put(
                                rs.getObject("id", UUID.class),
                                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));
                    });
            assertThat(packed(cell)).as("cell %x", cell).isEqualTo(expected);
        }
    }

    private Map<UUID, GeoPoint> packed(long cell) {
        Map<UUID, GeoPoint> entries = new HashMap<>();
        jdbc.sql("select sites from site_cell where h3_cell = ?").param(cell).query(rs -> {
            SiteCells.forEach(rs.getBytes("sites"), (id, latitude, longitude) -> {
                assertThat(entries.put(id, new GeoPoint(latitude, longitude)))
                        .as("site %s is packed once", id)
                        .isNull();
            });
        });
        return entries;
    }

    private Map<Long, Map<UUID, GeoPoint>> everyRow() {
        Map<Long, Map<UUID, GeoPoint>> rows = new HashMap<>();
        jdbc.sql("select h3_cell from site_cell")
                .query(Long.class)
                .list()
                .forEach(cell -> rows.put(cell, packed(cell)));
        return rows;
    }

    private static SiteDetails details(String name, GeoPoint position) {
        return new SiteDetails(
                SiteFixtures.unique(name),
                "1 Cell Street",
                position,
                "retail",
                UseType.RETAIL_STORE,
                100,
                null,
                SiteContact.NONE,
                null);
    }
}
