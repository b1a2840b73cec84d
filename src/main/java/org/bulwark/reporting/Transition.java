package org.bulwark.reporting;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A triage decision and the states it may be taken from. Escalation needs a behaviour category and written
 * articulable facts; referral and both closings need a written reason.
 */
public enum Transition {
    START_REVIEW(ReportState.UNDER_REVIEW, Set.of(ReportState.RECEIVED)),
    ESCALATE(ReportState.ESCALATED, Set.of(ReportState.RECEIVED, ReportState.UNDER_REVIEW)),
    REFER(ReportState.REFERRED, Set.of(ReportState.RECEIVED, ReportState.UNDER_REVIEW, ReportState.ESCALATED)),
    CLOSE_UNFOUNDED(
            ReportState.CLOSED_UNFOUNDED,
            Set.of(ReportState.RECEIVED, ReportState.UNDER_REVIEW, ReportState.ESCALATED, ReportState.REFERRED)),
    CLOSE_NOT_RELEVANT(
            ReportState.CLOSED_NOT_RELEVANT,
            Set.of(ReportState.RECEIVED, ReportState.UNDER_REVIEW, ReportState.ESCALATED, ReportState.REFERRED)),
    REOPEN(
            ReportState.UNDER_REVIEW,
            Set.of(
                    ReportState.ESCALATED,
                    ReportState.REFERRED,
                    ReportState.CLOSED_UNFOUNDED,
                    ReportState.CLOSED_NOT_RELEVANT));

    private final ReportState target;
    private final Set<ReportState> from;

    Transition(ReportState target, Set<ReportState> from) {
        this.target = target;
        this.from = from;
    }

    /** The state the report is in afterwards. */
    public ReportState target() {
        return target;
    }

    /** Whether a report in this state may take this transition. */
    public boolean allowedFrom(ReportState state) {
        return from.contains(state);
    }

    /** Whether the transition needs a written reason (for an escalation: the articulable facts). */
    public boolean needsText() {
        return this != START_REVIEW && this != REOPEN;
    }

    /** The key of this decision's display name in the message bundles. */
    public String messageKey() {
        return "reporting.transition." + name().toLowerCase(Locale.ROOT);
    }

    /** The transition written in any case, with dashes or underscores, or null when the text names none. */
    public static @Nullable Transition parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
