package org.bulwark.threat;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/** What operators state about the protective measures active at their sites. */
public interface MeasureStatements {

    /**
     * The codes of the measures active for a site at its threat level now, in catalogue order.
     *
     * @param reader must be allowed to read the site's checklist
     */
    List<String> activeMeasureCodes(UUID siteId, BulwarkUser reader);

    /**
     * Records what a person states about an active measure of a site, replacing what was stated before.
     *
     * @param author an operator of the site's organisation, an advisor or a coordinator
     * @throws InvalidMeasure when the measure is not active, or a note the status needs is missing; nothing is
     *     stored then
     */
    void state(UUID siteId, String measureCode, MeasureStatus status, @Nullable String note, BulwarkUser author);
}
