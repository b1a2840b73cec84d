package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;

/**
 * Planned major events. Coordinators plan them, move their phases forward and keep their checklists; coordinators,
 * analysts and advisors read them; other roles are refused with {@link IncidentsNotPermitted}. An event that is not
 * yet operational becomes so on its own {@link MajorEvent#OPERATIONAL_LEAD 24 hours} before it starts: the scheduled
 * switch does it, and every read applies it first, so that nobody sees a phase the clock has overtaken. A failed
 * change changes nothing.
 */
public interface MajorEvents {

    /**
     * Plans an event in the {@link MajorEventPhase#PREPARATORY preparatory} phase (or operational already, when it
     * starts within 24 hours).
     *
     * @throws InvalidMajorEvent naming every field to correct, among them venues that are not registered sites
     */
    MajorEvent plan(MajorEventDraft draft, BulwarkUser coordinator);

    /** Every event, the soonest to start first. */
    List<MajorEvent> list(BulwarkUser reader);

    /** @throws MajorEventNotFound when there is no such event */
    MajorEvent get(UUID id, BulwarkUser reader);

    /**
     * Moves the event to the phase after its current one.
     *
     * @param to the phase the coordinator asked for, which must be the next one, so that a repeated request does not
     *     skip a phase
     * @throws PhaseChangeRefused when {@code to} is not the next phase
     */
    MajorEvent advance(UUID id, MajorEventPhase to, BulwarkUser coordinator);

    /**
     * Adds a task to a phase's checklist.
     *
     * @throws InvalidMajorEvent when the phase, title or owner is missing or too long
     */
    EventTask addTask(UUID id, MajorEventPhase phase, String title, String owner, BulwarkUser coordinator);

    /** Ticks a task off; a task already done keeps who did it and when. */
    EventTask markDone(UUID id, UUID task, BulwarkUser coordinator);

    /** Unticks a task. */
    EventTask markUndone(UUID id, UUID task, BulwarkUser coordinator);

    /**
     * Moves every event that is neither operational nor debriefed, and starts within 24 hours of the moment given,
     * to OPERATIONAL, recording the change as automatic.
     *
     * @return how many events switched
     */
    int switchToOperational(Instant now);
}
