package org.bulwark.incidents;

import java.util.EnumMap;
import java.util.Map;

/**
 * How the affected sites of an incident answered its roll-call.
 *
 * @param byStatus how many sites gave each status as their latest answer; every status is present
 * @param unanswered how many affected sites have not answered
 * @param total how many sites are affected
 */
public record RollCallCounts(Map<SiteStatus, Long> byStatus, long unanswered, long total) {

    public RollCallCounts {
        Map<SiteStatus, Long> all = new EnumMap<>(SiteStatus.class);
        for (SiteStatus status : SiteStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    public long of(SiteStatus status) {
        return byStatus.get(status);
    }
}
