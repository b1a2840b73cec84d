package org.bulwark.reporting;

import java.util.List;

/**
 * The outcome of a purge run.
 *
 * @param ran false when another run, on this node or another, held the purge at that moment; nothing was removed
 * @param records one per rule, in rule order; empty when it did not run
 */
public record Purge(boolean ran, List<PurgeRecord> records) {

    public Purge {
        records = List.copyOf(records);
    }

    /** How many reports the run removed under every rule. */
    public int reports() {
        return records.stream().mapToInt(PurgeRecord::reports).sum();
    }
}
