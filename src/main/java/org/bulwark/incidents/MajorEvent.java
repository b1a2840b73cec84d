package org.bulwark.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A planned major event with its venues (registered sites), its phase, the checklists of every phase and the history
 * of its phase changes, oldest first.
 */
public record MajorEvent(
        UUID id,
        String name,
        Instant startsAt,
        Instant endsAt,
        MajorEventPhase phase,
        Instant phaseChangedAt,
        String createdBy,
        List<UUID> venues,
        List<EventTask> tasks,
        List<PhaseChange> history) {

    /** How long before the start an event becomes operational on its own. */
    public static final Duration OPERATIONAL_LEAD = Duration.ofHours(24);

    public MajorEvent {
        venues = List.copyOf(venues);
        tasks = List.copyOf(tasks);
        history = List.copyOf(history);
    }

    /** The tasks of one phase's checklist, in the order they were added. */
    public List<EventTask> tasksOf(MajorEventPhase of) {
        return tasks.stream().filter(t -> t.phase() == of).toList();
    }
}
