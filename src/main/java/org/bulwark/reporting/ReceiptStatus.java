package org.bulwark.reporting;

import java.time.Instant;

/**
 * What the holder of a receipt code sees of their report: its reference, when it arrived, where it stands in
 * public terms, and how much they added since. Never the content, which the code alone must not give away.
 */
public record ReceiptStatus(String reference, Instant receivedAt, ReportState state, int additions, int photos) {

    /** The key of the state as the public reads it. */
    public String stateMessageKey() {
        return state.publicMessageKey();
    }
}
