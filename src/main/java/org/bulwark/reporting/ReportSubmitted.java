package org.bulwark.reporting;

import java.util.UUID;

/** A report was received and stored, from any of the three doors. */
public record ReportSubmitted(UUID report) {}
