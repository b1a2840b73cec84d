package org.bulwark.reporting;

/** No report with this identifier or receipt code that the caller may see. */
public class ReportNotFound extends RuntimeException {

    public ReportNotFound(String what) {
        super("No report " + what + ".");
    }
}
