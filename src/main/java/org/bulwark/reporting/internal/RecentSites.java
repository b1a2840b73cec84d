package org.bulwark.reporting.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.bulwark.sites.Site;

/**
 * Sites of the registry as they stood a moment ago, so that placing a report at a site does not read the registry
 * each time: partner systems at a busy venue place many reports at the same few sites. A site is read again
 * {@link #FRESHNESS} after it was read, so a move or a new name reaches new reports within that time; an id not
 * found is looked up again every time, so a site just registered is found at once.
 */
final class RecentSites {

    static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final int MOST = 10_000;

    private record Known(Site site, long until) {}

    private final Function<UUID, Optional<Site>> registry;
    private final LongSupplier nanoTime;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    /**
     * @param registry reads a site from the registry
     * @param nanoTime the monotonic clock
     */
    RecentSites(Function<UUID, Optional<Site>> registry, LongSupplier nanoTime) {
        this.registry = registry;
        this.nanoTime = nanoTime;
    }

    Optional<Site> find(UUID id) {
        long now = nanoTime.getAsLong();
        Known found = known.get(id);
        if (found != null && now - found.until() < 0) {
            return Optional.of(found.site());
        }
        Optional<Site> read = registry.apply(id);
        if (read.isPresent()) {
            if (known.size() >= MOST) {
                known.clear();
            }
            known.put(id, new Known(read.get(), now + FRESHNESS.toNanos()));
        } else {
            known.remove(id);
        }
        return read;
    }
}
