package org.bulwark.reporting;

import java.time.Instant;

/**
 * What one purge rule removed in one run: counts only, never which reports nor what they said.
 *
 * @param reports reports removed, duplicates merged into them included
 * @param attachments their photos and documents removed
 * @param reads the lines of the read audit removed with them
 * @param byJob whether the scheduled job ran it rather than a person
 */
public record PurgeRecord(Instant at, PurgeRule rule, int reports, int attachments, int reads, boolean byJob) {}
