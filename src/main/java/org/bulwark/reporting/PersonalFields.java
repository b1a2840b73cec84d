package org.bulwark.reporting;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every column of the reporting tables that holds personal data, with why it is kept and for how long: the one
 * list the retention page and {@code GET /api/v1/reports/retention} show, and that a test holds to the schema.
 * A column added to a reporting table with personal data belongs here.
 */
public final class PersonalFields {

    /** How long a field is kept. */
    public enum Retention {
        /** As long as its report: purged with it after the unfounded period, or the review period without review. */
        WITH_REPORT,
        /** Never written to the database. */
        NOT_STORED;

        public String messageKey() {
            return "reporting.retention.kept." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One personal field.
     *
     * @param table the table, or null for data held only in memory
     * @param columns the columns that hold it
     * @param key the key of its name and purpose in the message bundles ({@code .name}, {@code .purpose})
     */
    public record PersonalField(@Nullable String table, List<String> columns, String key, Retention retention) {

        public PersonalField {
            columns = List.copyOf(columns);
        }

        public String nameKey() {
            return "reporting.field-registry." + key + ".name";
        }

        public String purposeKey() {
            return "reporting.field-registry." + key + ".purpose";
        }
    }

    /** Every personal field, in the order of the report form; never null. */
    public static final List<PersonalField> ALL = List.of(
            field("report", "public-contact", "public_contact_name", "public_contact_email", "public_contact_phone"),
            field("report", "receipt", "receipt_hash"),
            field("report", "reporting-account", "reporting_account", "reporting_name", "organisation_id"),
            field("report", "partner-system", "integration_account", "idempotency_key", "request_hash"),
            field("report", "location", "latitude", "longitude", "h3_cell", "site_id"),
            field("report", "description", "description"),
            field("report_person", "people", "appearance", "behaviour"),
            field("report_vehicle", "vehicles", "plate", "plate_key", "description"),
            field("report_phone", "phones", "phone_number", "number_key"),
            field("report_handle", "handles", "platform", "handle", "handle_key"),
            field("report_attachment", "attachments", "file_name", "content", "sha256"),
            field("report_addition", "additions", "body"),
            field("report", "triage", "assignee", "articulable_facts", "escalated_by", "closing_reason"),
            field("report_event", "history", "actor", "actor_name", "detail"),
            field("report_read", "reads", "reader", "reader_role"),
            field("report_key_index", "correlation-keys", "norm_key", "observed_at"),
            field("report_key_count", "correlation-counts", "norm_key", "seen"),
            field("report_place_index", "correlation-places", "latitude", "longitude", "h3_cell", "site_id"),
            field("report_link", "correlation-links", "detail", "dismissed_by", "dismissal_note"),
            new PersonalField(null, List.of("IP address"), "addresses", Retention.NOT_STORED));

    private PersonalFields() {}

    private static PersonalField field(String table, String key, String... columns) {
        return new PersonalField(table, List.of(columns), key, Retention.WITH_REPORT);
    }
}
