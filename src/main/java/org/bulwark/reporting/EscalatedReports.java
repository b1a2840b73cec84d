package org.bulwark.reporting;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.Reader;

/**
 * Turns an escalated report into shared intelligence without its reporter: a bulletin draft, or a new example for
 * its behaviour category in the indicator catalogue. Neither carries the reporter's name, account, organisation,
 * contact details, receipt, site or attachments. Only coordinators and analysts use it, and only on escalated
 * reports.
 */
public interface EscalatedReports {

    /**
     * Writes a bulletin draft from the report, records it in the report's history, and returns the bulletin's id. The
     * draft stays a draft for its author to edit and publish.
     *
     * @throws ReportConflict when the report is not escalated
     * @throws org.springframework.security.access.AccessDeniedException when the reader does not triage
     */
    UUID draftBulletin(Reader reader, UUID id, Locale locale);

    /**
     * The report's behaviour as a new example of its category, with the category's current examples, and records
     * the proposal in the report's history.
     *
     * @throws ReportConflict when the report is not escalated
     */
    IndicatorProposal proposeIndicator(Reader reader, UUID id, Locale locale);

    /**
     * Adds the examples to the report's category in the catalogue and records it in the report's history.
     *
     * @throws InvalidReport when both examples are blank
     * @throws org.springframework.security.access.AccessDeniedException when the reader may not edit the catalogue
     */
    IndicatorProposal applyIndicator(Reader reader, UUID id, String exampleEn, String exampleFr);

    /** Whether this reader may save a proposal to the catalogue (coordinators). */
    boolean mayEditCatalogue(Reader reader);

    /**
     * A new example for a behaviour category.
     *
     * @param example the proposed example, in the language it was written
     * @param examplesEn the category's English examples now
     * @param examplesFr the category's French examples now
     */
    record IndicatorProposal(
            String category, String categoryName, String example, List<String> examplesEn, List<String> examplesFr) {}
}
