package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bulwark.geo.GeoPoint;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;

class RecentSitesUnitTests {

    private final Map<UUID, Site> registry = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanoTime = new AtomicLong();
    private final RecentSites sites = new RecentSites(
            id -> {
                reads.incrementAndGet();
                return Optional.ofNullable(registry.get(id));
            },
            nanoTime::get);

    @Test
    void aSiteFoundIsAnsweredWithoutReadingTheRegistryAgainWhileFresh() {
        Site arena = register("Harbourside Arena", 53.31);

        assertThat(sites.find(arena.id())).containsSame(arena);
        nanoTime.addAndGet(RecentSites.FRESHNESS.toNanos() - 1);
        assertThat(sites.find(arena.id())).containsSame(arena);

        assertThat(reads).hasValue(1);
    }

    @Test
    void aSiteIsReadAgainOnceNoLongerFresh() {
        Site arena = register("Harbourside Arena", 53.31);
        assertThat(sites.find(arena.id())).isPresent();
        Site moved = register(arena.id(), "Harbourside Arena (temporary entrance)", 53.32);

        nanoTime.addAndGet(RecentSites.FRESHNESS.toNanos());

        assertThat(sites.find(arena.id())).containsSame(moved);
        assertThat(reads).hasValue(2);
    }

    @Test
    void anUnknownSiteIsLookedUpEveryTimeSoThatOneJustRegisteredIsFoundAtOnce() {
        UUID id = UUID.randomUUID();
        assertThat(sites.find(id)).isEmpty();

        Site registered = register(id, "Westbrook Library", 53.30);

        assertThat(sites.find(id)).containsSame(registered);
        assertThat(reads).hasValue(2);
    }

    private Site register(String name, double latitude) {
        Site site = Site.register(details(name, latitude), Tier.STANDARD, Instant.parse("2026-11-28T12:00:00Z"));
        registry.put(site.id(), site);
        return site;
    }

    /** A site stored under a given id, as the registry holds it after a change. */
    private Site register(UUID id, String name, double latitude) {
        Site site = Site.register(details(name, latitude), Tier.STANDARD, Instant.parse("2026-11-28T12:00:00Z"));
        registry.put(id, site);
        return site;
    }

    private static SiteDetails details(String name, double latitude) {
        return new SiteDetails(
                name,
                "1 Quay Street, Port Alder",
                new GeoPoint(latitude, 0.25),
                "stadiums-arenas",
                UseType.ARENA,
                5_000,
                null,
                new SiteContact(null, null, null),
                null);
    }
}
