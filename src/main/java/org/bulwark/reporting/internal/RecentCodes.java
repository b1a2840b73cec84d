package org.bulwark.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The codes of a catalogue (behaviour categories, sectors) as they stood a moment ago, so that checking a report
 * does not read the catalogue each time. A code added since is found at once, as a code not known is looked up
 * again before it is refused; a code withdrawn is refused at the latest {@link #FRESHNESS} later.
 */
final class RecentCodes {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private record Snapshot(Set<String> codes, Instant readAt) {}

    private final Supplier<Set<String>> source;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RecentCodes(Supplier<Set<String>> source, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.snapshot = new Snapshot(Set.of(), Instant.MIN);
    }

    boolean contains(String code) {
        Snapshot current = snapshot;
        boolean fresh = current.readAt().plus(FRESHNESS).isAfter(clock.instant());
        if (fresh && current.codes().contains(code)) {
            return true;
        }
        return reread().codes().contains(code);
    }

    private Snapshot reread() {
        Snapshot read = new Snapshot(source.get(), clock.instant());
        snapshot = read;
        return read;
    }
}
