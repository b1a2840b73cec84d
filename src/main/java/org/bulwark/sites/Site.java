package org.bulwark.sites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.geo.GeoCells;
import org.springframework.util.Assert;

/**
 * A soft target of the network: a crowded place with its position, use, capacity, operator and regulatory tier.
 * The aggregate raises {@link SiteRegistered}, {@link SiteMoved} and {@link SiteRemoved} in the methods that make
 * those changes; the registry publishes them when it saves the site.
 */
public final class Site {

    private final UUID id;
    private SiteDetails details;
    private Tier tier;
    private final Instant createdAt;
    private Instant updatedAt;
    private long version;
    private final List<Object> events = new ArrayList<>();

    private Site(UUID id, SiteDetails details, Tier tier, Instant createdAt, Instant updatedAt, long version) {
        Assert.notNull(id, "id must not be null");
        Assert.notNull(details, "details must not be null");
        Assert.notNull(tier, "tier must not be null");
        this.id = id;
        this.details = details;
        this.tier = tier;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new site with a fresh identifier, raising {@link SiteRegistered}. */
    public static Site register(SiteDetails details, Tier tier, Instant now) {
        Site site = new Site(UUID.randomUUID(), details, tier, now, now, 0);
        site.events.add(new SiteRegistered(site.id, now));
        return site;
    }

    /** A site as it was stored; raises nothing. */
    public static Site restore(
            UUID id, SiteDetails details, Tier tier, Instant createdAt, Instant updatedAt, long version) {
        return new Site(id, details, tier, createdAt, updatedAt, version);
    }

    /** Replaces what is known of the site; raises {@link SiteMoved} when its position changes. */
    public void change(SiteDetails newDetails, Tier newTier, Instant now) {
        Assert.notNull(newDetails, "details must not be null");
        Assert.notNull(newTier, "tier must not be null");
        boolean moved = !newDetails.location().equals(details.location());
        this.details = newDetails;
        this.tier = newTier;
        this.updatedAt = now;
        if (moved) {
            events.add(new SiteMoved(id, now));
        }
    }

    /** Marks the site as leaving the registry, raising {@link SiteRemoved}. */
    public void remove(Instant now) {
        events.add(new SiteRemoved(id, now));
    }

    public UUID id() {
        return id;
    }

    public SiteDetails details() {
        return details;
    }

    public Tier tier() {
        return tier;
    }

    /** The resolution-10 H3 cell of the site's position. */
    public long h3Cell() {
        return GeoCells.cellOf(details.location());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Called by the registry once the change is stored. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    /** The events raised since the site was loaded, oldest first. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    public void clearEvents() {
        events.clear();
    }
}
