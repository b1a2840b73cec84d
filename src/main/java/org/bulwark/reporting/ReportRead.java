package org.bulwark.reporting;

import java.time.Instant;
import java.util.UUID;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;

/** One read of a report by someone other than its author. */
public record ReportRead(UUID reader, @Nullable String readerName, Role role, ReadChannel channel, Instant at) {}
