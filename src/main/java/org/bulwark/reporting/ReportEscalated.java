package org.bulwark.reporting;

import java.util.UUID;

/** An analyst escalated a report, with a behaviour category and written articulable facts. */
public record ReportEscalated(UUID report) {}
