package org.bulwark.reporting;

import java.time.YearMonth;

/**
 * Transparency figures of one month in the network's zone: how many reports were received, escalated, referred,
 * closed as unfounded and purged. Aggregates only; purged reports still count for the months they were in.
 */
public record MonthFigures(
        YearMonth month, long received, long escalated, long referred, long closedUnfounded, long purged) {}
