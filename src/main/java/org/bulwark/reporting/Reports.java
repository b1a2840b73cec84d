package org.bulwark.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.identity.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Suspicious-activity reports: the three doors in, triage, and the reads each person may make. Who may see and do
 * what is decided in one place inside the module; every method here applies it. A method that answers has
 * committed what it changed: a report acknowledged to its sender survives a crash of the server right after.
 * Every submission publishes {@link ReportSubmitted}; every escalation {@link ReportEscalated}.
 */
public interface Reports {

    /** Whether this reader may send reports: members of the network and partner systems. */
    boolean maySubmit(Reader reader);

    /** Whether this reader triages reports: coordinators and analysts. */
    boolean mayTriage(Reader reader);

    /** Whether this reader may see any report at all (their organisation's, or all of them). */
    boolean mayRead(Reader reader);

    /**
     * A report from a member or a partner system, placed on its door by the reader's role.
     *
     * @throws InvalidReport naming every field to correct; nothing is stored then
     * @throws org.springframework.security.access.AccessDeniedException when the reader may not send reports
     */
    Report submit(Reader reporter, ReportDraft draft, List<ReportFile> files);

    /**
     * As {@link #submit}, at most once per key for the reporter's account: the same key with the same content
     * answers the report the first request created; the same key with other content is refused.
     *
     * @param key the client's idempotency key; must not be blank, at most 200 characters
     * @throws ReportConflict when the key was used for a different report
     */
    Submission submitOnce(Reader reporter, String key, ReportDraft draft, List<ReportFile> files);

    /**
     * A report from a member of the public, with only photos as attachments.
     *
     * @param usePhotoLocation whether a photo's recorded location may place a report that has no location
     * @return the receipt, whose code is shown once and never stored in clear
     * @throws InvalidReport naming every field to correct; nothing is stored then
     */
    Receipt submitPublic(ReportDraft draft, List<ReportFile> photos, boolean usePhotoLocation);

    /** Where the report of this receipt code stands, if the code is one. */
    Optional<ReceiptStatus> receipt(String code);

    /**
     * Adds information to the report of this receipt code.
     *
     * @throws ReportNotFound when the code is no receipt
     * @throws InvalidReport when the text is blank or too long, or a photo is refused; nothing is stored then
     */
    ReceiptStatus addToReceipt(String code, @Nullable String text, List<ReportFile> photos);

    /**
     * The report as this reader may see it.
     *
     * @throws ReportNotFound when there is none, or the reader may not see it
     */
    Report get(Reader reader, UUID id);

    /** The reports this reader may see that match the query, newest first; never null. */
    ReportPage search(Reader reader, ReportQuery query);

    /** An attachment of a report the reader may see. */
    AttachmentContent attachment(Reader reader, UUID report, UUID attachment);

    /**
     * Takes a triage decision.
     *
     * @param category for an escalation, the behaviour category, when the report has none or it changes
     * @param text the articulable facts of an escalation, the reason of a referral or closing
     * @throws ReportConflict when the report's state does not allow the decision, or it was merged
     * @throws InvalidReport when the category or text the decision needs is missing
     * @throws org.springframework.security.access.AccessDeniedException when the reader does not triage
     */
    Report decide(Reader reader, UUID id, Transition transition, @Nullable String category, @Nullable String text);

    /**
     * Assigns the report to someone who triages, or to nobody; a received report is then under review.
     *
     * @throws InvalidReport when the assignee does not triage reports
     */
    Report assign(Reader reader, UUID id, @Nullable UUID assignee);

    /** Takes the decision for each report, all or none. */
    List<Report> decideAll(
            Reader reader,
            Collection<UUID> ids,
            Transition transition,
            @Nullable String category,
            @Nullable String text);

    /** Assigns each report, all or none. */
    List<Report> assignAll(Reader reader, Collection<UUID> ids, @Nullable UUID assignee);

    /**
     * Merges duplicates into one report: each duplicate names it and is closed as not relevant on its own, its
     * content staying readable through it.
     *
     * @throws InvalidReport when the target is among the duplicates, or no duplicate is given
     * @throws ReportConflict when one of them was already merged
     */
    Report merge(Reader reader, UUID target, Collection<UUID> duplicates);

    /** Those who triage reports, by name. */
    List<Assignee> assignees();
}
