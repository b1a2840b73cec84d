package org.bulwark.reporting;

/**
 * The request cannot be carried out in the report's present state: a decision its state does not allow, or an
 * idempotency key already used for a different report. Nothing was changed.
 */
public class ReportConflict extends RuntimeException {

    public ReportConflict(String message) {
        super(message);
    }
}
