package org.bulwark.reporting.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with reports; the one place these rules live, applied by every read and write of the
 * module:
 *
 * <ul>
 *   <li>coordinators and analysts see and triage every report, and they alone see who a public reporter is;
 *   <li>operators, advisors and partner systems send reports and follow those of their organisation (or their own,
 *       when they belong to none): their content and status, never the triage notes nor anyone else's reports;
 *   <li>overseers and administrators see no report content; overseers see the read audit by reader, the
 *       retention periods, the purge log and the figures, as do coordinators, and analysts all but the audit;
 *   <li>the public sees nothing but the receipt page of their own report, by its code.
 * </ul>
 */
@Component
public class ReportAccess {

    private static final Set<Role> TRIAGE = EnumSet.of(Role.COORDINATOR, Role.ANALYST);
    private static final Set<Role> REPORTERS =
            EnumSet.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.OPERATOR, Role.INTEGRATION);
    private static final Set<Role> RETENTION = EnumSet.of(Role.COORDINATOR, Role.ANALYST, Role.OVERSEER);
    private static final Set<Role> AUDITORS = EnumSet.of(Role.COORDINATOR, Role.OVERSEER);

    /** Only coordinators and analysts triage reports. */
    public boolean mayTriage(Reader reader) {
        return TRIAGE.contains(reader.role());
    }

    /** Members of the network and partner systems send reports; overseers and administrators do not. */
    public boolean maySubmit(Reader reader) {
        return REPORTERS.contains(reader.role());
    }

    /** Whether the reader sees any report at all. */
    public boolean mayRead(Reader reader) {
        return REPORTERS.contains(reader.role());
    }

    /** Only those who triage see a public reporter's contact details, and the triage notes and history. */
    public boolean maySeeTriageDetails(Reader reader) {
        return mayTriage(reader);
    }

    /** Coordinators, analysts and overseers see the retention periods, the purge log and the figures. */
    public boolean maySeeRetention(Reader reader) {
        return RETENTION.contains(reader.role());
    }

    /** Coordinators and overseers list the reads of reports by reader, for an audit that names no report. */
    public boolean mayAuditReads(Reader reader) {
        return AUDITORS.contains(reader.role());
    }

    /** Only coordinators run the purge by hand. */
    public boolean mayRunPurge(Reader reader) {
        return reader.role() == Role.COORDINATOR;
    }

    /** Whether the reader sees a report sent from this account and organisation. */
    public boolean mayRead(Reader reader, @Nullable UUID reportingAccount, @Nullable UUID organisation) {
        if (mayTriage(reader)) {
            return true;
        }
        if (!mayRead(reader)) {
            return false;
        }
        if (reader.organisation() != null && reader.organisation().equals(organisation)) {
            return true;
        }
        return reader.account().equals(reportingAccount);
    }

    /**
     * The same rule as an SQL condition over the {@code report} table under the given alias, with its parameters
     * prefixed {@code ra_}.
     */
    public Condition readCondition(Reader reader, String alias) {
        if (mayTriage(reader)) {
            return new Condition("1 = 1", Map.of());
        }
        if (!mayRead(reader)) {
            return new Condition("1 = 0", Map.of());
        }
        if (reader.organisation() != null) {
            return new Condition(
                    "(" + alias + ".organisation_id = :ra_organisation or " + alias
                            + ".reporting_account = :ra_account)",
                    Map.of("ra_organisation", reader.organisation(), "ra_account", reader.account()));
        }
        return new Condition(alias + ".reporting_account = :ra_account", Map.of("ra_account", reader.account()));
    }

    /** A piece of SQL with named parameters. */
    public record Condition(String sql, Map<String, Object> params) {}
}
