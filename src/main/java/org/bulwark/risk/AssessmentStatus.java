package org.bulwark.risk;

import java.util.Locale;

/** Where an assessment stands in its workflow: draft → submitted → approved, or back to returned for changes. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** Drafts and returned assessments may be edited and submitted. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "risk.status." + name().toLowerCase(Locale.ROOT);
    }
}
