package org.bulwark.reporting;

import java.util.Locale;

/** Why a report is purged. */
public enum PurgeRule {
    /** Closed as unfounded, and unchanged for longer than the unfounded period. */
    UNFOUNDED,
    /** Unchanged and not reviewed for longer than the review period (at most five years). */
    REVIEW_LAPSED;

    /** The key of this rule's display name in the message bundles. */
    public String messageKey() {
        return "reporting.purge.rule." + name().toLowerCase(Locale.ROOT);
    }
}
