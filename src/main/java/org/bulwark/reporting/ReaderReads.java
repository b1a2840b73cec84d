package org.bulwark.reporting;

import java.time.Instant;
import java.util.UUID;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * How many report reads one account made, for an audit; it names no report.
 *
 * @param reports how many different reports they read
 */
public record ReaderReads(
        UUID reader, @Nullable String readerName, Role role, long reads, long reports, Instant lastRead) {}
