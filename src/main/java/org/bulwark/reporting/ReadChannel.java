package org.bulwark.reporting;

/** How a report's detail was read, for the read audit. */
public enum ReadChannel {
    /** The report's page. */
    PAGE,
    /** {@code GET /api/v1/reports/{id}}. */
    API,
    /** The download of one of its attachments. */
    ATTACHMENT
}
