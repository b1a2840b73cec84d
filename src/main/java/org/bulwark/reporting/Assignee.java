package org.bulwark.reporting;

import java.util.UUID;

/** An account that triages reports and may be assigned one. */
public record Assignee(UUID account, String displayName) {}
