package org.bulwark.incidents;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of an event's accreditation register a person may read, as a search found it.
 *
 * @param people the people matching the search, ordered by name
 * @param counts how many people of the readable register (whatever the search) have each status; every status is
 *     present
 * @param whole whether the reader sees the whole register or only their own organisation's people
 * @param deletionDue when the register is deleted under the retention rule
 * @param purgedAt when it was deleted, or null while it is kept
 * @param purged how many people it held when it was deleted
 */
public record AccreditationRegister(
        String eventName,
        List<Accreditation> people,
        Map<ScreeningStatus, Long> counts,
        boolean whole,
        Instant deletionDue,
        @Nullable Instant purgedAt,
        int purged) {

    public AccreditationRegister {
        people = List.copyOf(people);
        Map<ScreeningStatus, Long> all = new EnumMap<>(ScreeningStatus.class);
        for (ScreeningStatus status : ScreeningStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        counts = Map.copyOf(all);
    }

    /** How many people the readable register holds. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
