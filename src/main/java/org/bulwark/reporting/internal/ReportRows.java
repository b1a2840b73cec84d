package org.bulwark.reporting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.geo.GeoCells;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Reader;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportSource;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.ReportSubmitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes new reports with their people, vehicles, numbers, handles and first history entry: any number at a time,
 * with one batched statement per table, inside the caller's transaction. Attachments are written by the caller.
 */
@Component
class ReportRows {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final IntakePressure pressure;

    ReportRows(JdbcTemplate jdbc, ApplicationEventPublisher events, IntakePressure pressure) {
        this.jdbc = jdbc;
        this.events = events;
        this.pressure = pressure;
    }

    /**
     * A report to write, checked.
     *
     * @param latitude where it happened, which may come from a photo rather than from the report as sent
     * @param reportingName the reporter's name as it reads now, kept with the report
     */
    record NewReport(
            ReportChecks.Checked report,
            ReportSource source,
            @Nullable Reader reporter,
            @Nullable String reportingName,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String idempotencyKey,
            @Nullable String requestHash,
            @Nullable String receiptHash) {}

    /** What the database gave a new report, or what was worked out while storing it. */
    record Stored(
            UUID id,
            String reference,
            Instant at,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String reportingName) {}

    /** Writes the reports in the order given and answers what each was given, in the same order. */
    List<Stored> insert(List<NewReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        pressure.stored(reports.size());
        // as precise as the database keeps it, so that the report returned equals the report read back
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Long> numbers = jdbc.queryForList(
                "select nextval('report_number') from generate_series(1, ?)", Long.class, reports.size());
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        List<Stored> stored = new ArrayList<>(reports.size());
        List<Object[]> rows = new ArrayList<>(reports.size());
        List<Object[]> people = new ArrayList<>();
        List<Object[]> vehicles = new ArrayList<>();
        List<Object[]> phones = new ArrayList<>();
        List<Object[]> handles = new ArrayList<>();
        List<Object[]> history = new ArrayList<>(reports.size());
        for (int n = 0; n < reports.size(); n++) {
            NewReport next = reports.get(n);
            ReportChecks.Checked report = next.report();
            UUID id = UUID.randomUUID();
            String reference = String.format(Locale.ROOT, "SAR-%d-%06d", year, numbers.get(n));
            Reader reporter = next.reporter();
            Double latitude = next.latitude();
            Double longitude = next.longitude();
            Contact contact = report.contact();
            rows.add(new Object[] {
                id,
                reference,
                next.source().name(),
                ReportState.RECEIVED.name(),
                report.observedAt() == null ? null : report.observedAt().atOffset(ZoneOffset.UTC),
                at,
                at,
                latitude,
                longitude,
                latitude == null || longitude == null ? null : GeoCells.cellOf(new GeoPoint(latitude, longitude)),
                report.site(),
                report.sector(),
                report.category(),
                report.description(),
                report.language(),
                reporter == null ? null : reporter.account(),
                next.reportingName(),
                reporter == null ? null : reporter.organisation(),
                contact == null ? null : contact.name(),
                contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(),
                next.receiptHash(),
                next.idempotencyKey() == null || reporter == null ? null : reporter.account(),
                next.idempotencyKey(),
                next.requestHash()
            });
            for (int i = 0; i < report.people().size(); i++) {
                Person person = report.people().get(i);
                people.add(new Object[] {id, i, person.appearance(), person.behaviour()});
            }
            for (int i = 0; i < report.vehicles().size(); i++) {
                Vehicle vehicle = report.vehicles().get(i);
                vehicles.add(new Object[] {
                    id, i, vehicle.plate(), JdbcReports.plateKey(vehicle.plate()), vehicle.description()
                });
            }
            for (int i = 0; i < report.phoneNumbers().size(); i++) {
                String phone = report.phoneNumbers().get(i);
                phones.add(new Object[] {id, i, phone, ReportChecks.digits(phone)});
            }
            for (int i = 0; i < report.handles().size(); i++) {
                Handle handle = report.handles().get(i);
                handles.add(
                        new Object[] {id, i, handle.platform(), handle.handle(), JdbcReports.handleKey(handle.handle())
                        });
            }
            history.add(new Object[] {
                UUID.randomUUID(),
                id,
                at,
                reporter == null ? null : reporter.account(),
                next.reportingName(),
                "SUBMITTED",
                null,
                ReportState.RECEIVED.name(),
                null
            });
            stored.add(new Stored(id, reference, now, latitude, longitude, next.reportingName()));
        }
        jdbc.batchUpdate(
                "insert into report (id, reference, source, state, observed_at, received_at, changed_at, latitude,"
                        + " longitude, h3_cell, site_id, sector_code, category_code, description, report_language,"
                        + " reporting_account, reporting_name, organisation_id, public_contact_name,"
                        + " public_contact_email, public_contact_phone, receipt_hash, integration_account,"
                        + " idempotency_key, request_hash, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                rows);
        if (!people.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into report_person (report_id, position, appearance, behaviour) values (?, ?, ?, ?)",
                    people);
        }
        if (!vehicles.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into report_vehicle (report_id, position, plate, plate_key, description)"
                            + " values (?, ?, ?, ?, ?)",
                    vehicles);
        }
        if (!phones.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into report_phone (report_id, position, phone_number, number_key) values (?, ?, ?, ?)",
                    phones);
        }
        if (!handles.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into report_handle (report_id, position, platform, handle, handle_key)"
                            + " values (?, ?, ?, ?, ?)",
                    handles);
        }
        jdbc.batchUpdate(
                "insert into report_event (id, report_id, happened_at, actor, actor_name, kind, from_state,"
                        + " to_state, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                history);
        for (Stored report : stored) {
            events.publishEvent(new ReportSubmitted(report.id()));
        }
        return stored;
    }
}
