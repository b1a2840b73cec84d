package org.bulwark.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
     * Where a report was placed, whoever may read it: for deciding whom to tell that something happened in an area,
     * never for showing.
     */
    Optional<LocatedReport> located(UUID report);
}
