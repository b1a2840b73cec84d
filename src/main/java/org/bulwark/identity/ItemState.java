package org.bulwark.identity;

/** Where a shareable item is in its life; the {@link AccessPolicy} reads items differently in each. */
public enum ItemState {
    /** Being written: only its author reads it. */
    DRAFT,
    /** Waiting for a coordinator or analyst to publish it. */
    IN_REVIEW,
    /** Out to its audience. */
    PUBLISHED,
    /** Withdrawn: its readers see that it was, and why. */
    RETRACTED
}
