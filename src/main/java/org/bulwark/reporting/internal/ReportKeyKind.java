package org.bulwark.reporting.internal;

/** What an identifying key of a report is. */
public enum ReportKeyKind {
    PLATE,
    PHONE,
    HANDLE
}
