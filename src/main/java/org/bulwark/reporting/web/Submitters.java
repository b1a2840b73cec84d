package org.bulwark.reporting.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who is sending a report. A partner system sends many reports a second under one account, and working out its
 * reader (membership, organisation, sectors, groups) for each would be most of the database work of a report: the
 * reader found for an account is used for its submissions for {@link #REUSED} after it was read, as its token check
 * is trusted for as long. It decides only whom a new report is attributed to and whether the account may send;
 * every read of a report works its reader out afresh, so that a suspended organisation stops reading at once.
 */
@Component
class Submitters {

    static final Duration REUSED = Duration.ofSeconds(5);
    private static final int MOST = 10_000;

    private final Readers readers;
    private final Map<Key, Known> known = new ConcurrentHashMap<>();

    private record Key(UUID account, Role role) {}

    private record Known(Reader reader, long until) {}

    Submitters(Readers readers) {
        this.readers = readers;
    }

    Reader of(BulwarkUser user) {
        Key key = new Key(user.accountId(), user.role());
        long now = System.nanoTime();
        Known found = known.get(key);
        if (found != null && now - found.until() < 0) {
            return found.reader();
        }
        Reader reader = readers.reader(user.accountId(), user.role());
        if (known.size() >= MOST) {
            known.clear();
        }
        known.put(key, new Known(reader, now + REUSED.toNanos()));
        return reader;
    }
}
