package org.bulwark.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.jspecify.annotations.Nullable;

/**
 * A report as one reader may see it. What the reader may not see is left out: the public reporter's contact is
 * null for everyone but those who triage, and so are the triage fields ({@code assignee}, {@code articulableFacts},
 * {@code escalatedBy}, {@code history}) for members who only follow their organisation's reports.
 *
 * @param reference readable and unique, such as {@code SAR-2026-000123}
 * @param siteName the name of the site, when the report names one
 * @param reportingName the display name of the member or partner system that reported; null for the public
 * @param assigneeName the display name of the assignee
 * @param mergedIntoReference the reference of the report this one was merged into
 * @param merged the references of the reports merged into this one
 * @param additions what the public reporter added later with their receipt code, oldest first
 */
public record Report(
        UUID id,
        String reference,
        ReportSource source,
        ReportState state,
        @Nullable Instant observedAt,
        Instant receivedAt,
        Instant changedAt,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable UUID site,
        @Nullable String siteName,
        @Nullable String sector,
        @Nullable String category,
        String description,
        List<Person> people,
        List<Vehicle> vehicles,
        List<String> phoneNumbers,
        List<Handle> handles,
        List<Attachment> attachments,
        List<Addition> additions,
        @Nullable UUID reportingAccount,
        @Nullable String reportingName,
        @Nullable UUID organisation,
        @Nullable Contact contact,
        @Nullable UUID assignee,
        @Nullable String assigneeName,
        @Nullable String articulableFacts,
        @Nullable UUID escalatedBy,
        @Nullable Instant escalatedAt,
        @Nullable UUID mergedInto,
        @Nullable String mergedIntoReference,
        List<String> merged,
        @Nullable String closingReason,
        List<Entry> history) {

    /** A stored photo or document; its content is read on its own. */
    public record Attachment(UUID id, String fileName, String contentType, int size, Instant addedAt) {}

    /** Information a public reporter added later. */
    public record Addition(String text, Instant addedAt) {}

    /**
     * One line of the report's history.
     *
     * @param kind such as {@code SUBMITTED}, {@code ASSIGNED}, {@code ESCALATE}, {@code MERGED}
     * @param actorName who did it; null for a public reporter
     * @param detail the reason, facts or assignee written with it
     */
    public record Entry(
            Instant at,
            String kind,
            @Nullable String actorName,
            @Nullable ReportState from,
            @Nullable ReportState to,
            @Nullable String detail) {}

    /** Whether the report has a point on the map. */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
