package org.bulwark.reporting;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.Reader;

/**
 * The safeguards around reports, enforced here rather than left to habit: every read of a report by someone other
 * than its author is audited; unfounded reports are purged after a period and every other report after at most five
 * years without a review; purges are logged as counts only; figures are aggregates. Overseers see the audit, the
 * retention and the figures, never a report's content.
 */
public interface ReportSafeguards {

    /**
     * The report as {@link Reports#get} gives it, recording the read when the reader did not send it.
     *
     * @throws ReportNotFound when there is none, or the reader may not see it
     */
    Report read(Reader reader, UUID id, ReadChannel channel);

    /** An attachment as {@link Reports#attachment} gives it, recording the read as above. */
    AttachmentContent readAttachment(Reader reader, UUID report, UUID attachment);

    /** Whether this reader sees the retention page: coordinators, analysts and overseers. */
    boolean maySeeRetention(Reader reader);

    /** Whether this reader lists reads by reader: coordinators and overseers. */
    boolean mayAuditReads(Reader reader);

    /**
     * Who read the report, newest first, for those who triage.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the reader does not triage
     */
    List<ReportRead> reads(Reader reader, UUID id);

    /**
     * Report reads by reader, most reads first, naming no report.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but coordinators and overseers
     */
    List<ReaderReads> readsByReader(Reader reader);

    /** How many reads were recorded in all; for those who see the retention page. */
    long readCount(Reader reader);

    /**
     * Keeps a report past its review period: records the justification in its history and counts as a change, so
     * that the review period starts again.
     *
     * @throws InvalidReport when the justification is blank or too long
     * @throws ReportConflict when the report was merged into another; that one is reviewed
     * @throws org.springframework.security.access.AccessDeniedException when the reader does not triage
     */
    Report review(Reader reader, UUID id, String justification);

    /** The reports whose review period ends within the warning period, soonest first; for those who triage. */
    List<ReviewDue> reviewsDue(Reader reader);

    /**
     * Runs the purge now, for a coordinator.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but a coordinator
     */
    Purge purge(Reader reader);

    /** The purge log, newest first, at most the given number of lines. */
    List<PurgeRecord> purges(Reader reader, int limit);

    /** The retention periods in force. */
    RetentionPeriods periods();

    /** The figures of the last twelve months, this month last. */
    List<MonthFigures> figures(Reader reader);

    /**
     * Moves a report and its whole history back in time, for loading history such as the demo network's; no page or
     * API offers it.
     *
     * @param by must be positive
     */
    void moveIntoPast(UUID id, Duration by);
}
