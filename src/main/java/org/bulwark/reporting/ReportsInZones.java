package org.bulwark.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.bulwark.geo.Zone;
import org.bulwark.identity.Reader;

/** Reports by where they were placed, for the pictures of an area that other modules draw. */
public interface ReportsInZones {

    /** The most reports one call answers. */
    int MAX = 200;

    /**
     * The reports this reader may see that were received at or after {@code since} and placed inside one of the zones,
     * newest first, merged duplicates left out.
     *
     * @param limit between 1 and {@link #MAX}
     * @return never null
     */
    List<LocatedReport> inside(Reader reader, Collection<Zone> zones, Instant since, int limit);

    /**
     * Where the reports received at or after {@code since} were placed, oldest first, whoever may read them: for
     * deciding whom to tell that something happened in an area, never for showing.
     *
     * @param limit between 1 and {@link #MAX}
     * @return never null
     */
    List<LocatedReport> placedSince(Instant since, int limit);
}
