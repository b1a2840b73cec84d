package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/**
 * The accreditation registers of major events: personal data, kept to the fewest fields and deleted once the event
 * is past its retention. Coordinators add people and decide on their screening, and read every register. Operators
 * of an organisation that is a stakeholder of the event read it too: in the role of organiser or police the whole
 * register, in any other role only their own organisation's people; they never see a refusal reason. Everyone else
 * is refused with {@link IncidentsNotPermitted}. Changes are refused once the event has ended; a failed change
 * changes nothing. Every status given is recorded with who gave it and when.
 */
public interface Accreditations {

    /** Whether the person may read at least part of the event's register. */
    boolean mayRead(UUID event, BulwarkUser reader);

    /**
     * The people of the register the person may read whose name or employer contains {@code search} (ignoring
     * case), with the given status, and the counts by status of everything they may read.
     *
     * @param search null or blank for everyone
     * @param status null for every status
     * @throws MajorEventNotFound when there is no such event
     */
    AccreditationRegister register(
            UUID event, @Nullable String search, @Nullable ScreeningStatus status, BulwarkUser reader);

    /**
     * The accreditation, if the person may read it.
     *
     * @throws MajorEventNotFound when there is none the person may read
     */
    Accreditation get(UUID event, UUID accreditation, BulwarkUser reader);

    /** Every status the accreditation was given, oldest first; for coordinators. */
    List<AccreditationChange> history(UUID event, UUID accreditation, BulwarkUser coordinator);

    /**
     * Adds a person to the register, PENDING.
     *
     * @throws InvalidMajorEvent naming every field to correct
     * @throws MajorEventChangeRefused when the event has ended
     */
    Accreditation add(UUID event, AccreditationDraft draft, BulwarkUser coordinator);

    /**
     * Gives an accreditation a status; giving the status it has changes nothing.
     *
     * @param reason why a person is refused; only with REFUSED, and then optional
     * @throws InvalidMajorEvent when a reason comes with another status, or is too long
     * @throws MajorEventChangeRefused when the event has ended
     */
    Accreditation decide(
            UUID event, UUID accreditation, ScreeningStatus status, @Nullable String reason, BulwarkUser coordinator);

    /**
     * Deletes the registers, with their history, of the events that ended longer ago than the retention, and records
     * on each event when and how many, without names.
     *
     * @return how many people were deleted
     */
    int purgeExpired(Instant now);
}
