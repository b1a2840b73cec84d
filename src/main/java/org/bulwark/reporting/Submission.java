package org.bulwark.reporting;

/**
 * The answer to a submission with an idempotency key: the report, and whether this request created it or an
 * earlier one with the same key and the same content did.
 */
public record Submission(Report report, boolean created) {}
