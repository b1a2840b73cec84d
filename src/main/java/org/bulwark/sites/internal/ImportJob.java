package org.bulwark.sites.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An import of a file as stored: its progress while it runs, its totals once finished. */
public record ImportJob(
        UUID id,
        String fileName,
        ImportFormat format,
        ImportStatus status,
        int totalRows,
        int checkedRows,
        int validRows,
        int savedRows,
        int rejectedRows,
        int importedRows,
        @Nullable String failure,
        UUID accountId,
        String username,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    /** Overall progress from 0 to 100: checking is the first fifth, saving the rest. */
    public int percent() {
        if (status == ImportStatus.COMPLETED || status == ImportStatus.FAILED) {
            return 100;
        }
        if (totalRows == 0) {
            return 0;
        }
        if (status == ImportStatus.SAVING) {
            return validRows == 0 ? 100 : 20 + (int) (80L * savedRows / validRows);
        }
        return (int) (20L * checkedRows / totalRows);
    }

    public java.time.ZonedDateTime startedAtUtc() {
        return startedAt.atZone(java.time.ZoneOffset.UTC);
    }

    public boolean running() {
        return status.running();
    }
}
