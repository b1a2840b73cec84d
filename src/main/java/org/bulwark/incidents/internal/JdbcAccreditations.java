package org.bulwark.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Accreditation;
import org.bulwark.incidents.AccreditationChange;
import org.bulwark.incidents.AccreditationDraft;
import org.bulwark.incidents.AccreditationRegister;
import org.bulwark.incidents.Accreditations;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEventChangeRefused;
import org.bulwark.incidents.MajorEventNotFound;
import org.bulwark.incidents.ScreeningStatus;
import org.bulwark.incidents.StakeholderRole;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.Partners;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Accreditation registers in the database. The access rule is worked out once per call from the stakeholders of the
 * event and applied in the queries; changes lock the event row, so that a change and the purge never cross.
 */
@Service
@Transactional
class JdbcAccreditations implements Accreditations {

    private static final Logger log = LoggerFactory.getLogger(JdbcAccreditations.class);

    static final int MAX_NAME = 200;
    static final int MAX_EMPLOYER = 200;
    static final int MAX_ROLE = 200;
    static final int MAX_REASON = 500;
    static final int MAX_AREAS = 12;
    static final int MAX_AREA = 30;
    static final int MAX_SEARCH = 100;

    private static final Pattern AREA = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]*");

    private final JdbcClient jdbc;
    private final Partners partners;
    private final Readers readers;
    private final EventSettings settings;
    private final Clock clock = Clock.systemUTC();

    JdbcAccreditations(JdbcClient jdbc, Partners partners, Readers readers, EventSettings settings) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.readers = readers;
        this.settings = settings;
    }

    /** What one person may read of one register: all of it, or one organisation's people; and the reasons or not. */
    private record Scope(boolean whole, @Nullable UUID organisation, boolean reasons) {}

    /** The columns of an event the register needs. */
    private record EventRow(
            String name, Instant endsAt, @Nullable Instant purgedAt, int purged) {}

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UUID event, BulwarkUser reader) {
        try {
            scope(event, reader);
            return true;
        } catch (IncidentsNotPermitted | MajorEventNotFound e) {
            return false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public AccreditationRegister register(
            UUID event, @Nullable String search, @Nullable ScreeningStatus status, BulwarkUser reader) {
        EventRow row = event(event);
        Scope scope = scope(event, reader);
        String where = " where event_id = :event" + (scope.whole() ? "" : " and organisation_id = :organisation");
        Map<ScreeningStatus, Long> counts = new EnumMap<>(ScreeningStatus.class);
        jdbc.sql("select status, count(*) as people from event_accreditation" + where + " group by status")
                .param("event", event)
                .param("organisation", scope.organisation())
                .query((rs, n) -> Map.entry(ScreeningStatus.valueOf(rs.getString("status")), rs.getLong("people")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (words.length() > MAX_SEARCH) {
            words = words.substring(0, MAX_SEARCH);
        }
        StringBuilder sql = new StringBuilder(SELECT).append(where);
        if (!words.isEmpty()) {
            sql.append(" and (lower(full_name) like :words escape '!' or lower(employer) like :words escape '!')");
        }
        if (status != null) {
            sql.append(" and status = :status");
        }
        sql.append(" order by lower(full_name), id");
        List<Accreditation> people = jdbc.sql(sql.toString())
                .param("event", event)
                .param("organisation", scope.organisation())
                .param(
                        "words",
                        "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> accreditation(rs, scope.reasons()))
                .list();
        return new AccreditationRegister(
                row.name(),
                people,
                counts,
                scope.whole(),
                row.endsAt().plus(settings.accreditationRetention()),
                row.purgedAt(),
                row.purged());
    }

    @Override
    @Transactional(readOnly = true)
    public Accreditation get(UUID event, UUID accreditation, BulwarkUser reader) {
        event(event);
        Scope scope = scope(event, reader);
        return find(event, accreditation, false)
                .filter(a -> scope.whole()
                        || a.organisation() != null && a.organisation().equals(scope.organisation()))
                .map(a -> scope.reasons() ? a : a.withoutReason())
                .orElseThrow(() -> new MajorEventNotFound(accreditation));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccreditationChange> history(UUID event, UUID accreditation, BulwarkUser coordinator) {
        onlyCoordinatorsChangeAccreditations(coordinator);
        event(event);
        find(event, accreditation, false).orElseThrow(() -> new MajorEventNotFound(accreditation));
        return jdbc.sql("select from_status, to_status, changed_at, changed_by_name from event_accreditation_change"
                        + " where accreditation_id = ? order by changed_at, case when from_status is null then 0"
                        + " else 1 end, id")
                .param(accreditation)
                .query((rs, n) -> new AccreditationChange(
                        rs.getString("from_status") == null
                                ? null
                                : ScreeningStatus.valueOf(rs.getString("from_status")),
                        ScreeningStatus.valueOf(rs.getString("to_status")),
                        instant(rs, "changed_at"),
                        rs.getString("changed_by_name")))
                .list();
    }

    @Override
    public Accreditation add(UUID event, AccreditationDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsChangeAccreditations(coordinator);
        Instant now = clock.instant();
        stillOpen(event, now);
        List<InvalidMajorEvent.Problem> problems = new ArrayList<>();
        String name = required("name", draft.name(), MAX_NAME, problems);
        String role = required("role", draft.role(), MAX_ROLE, problems);
        String employer = draft.employer() == null ? "" : draft.employer().strip();
        if (draft.organisation() != null) {
            Optional<Organisation> organisation = partners.find(draft.organisation());
            if (!employer.isEmpty()) {
                problems.add(new InvalidMajorEvent.Problem(
                        "employer", "give either a partner organisation or the employer's name, not both"));
            } else if (organisation.isEmpty()) {
                problems.add(new InvalidMajorEvent.Problem(
                        "organisation", "no partner organisation " + draft.organisation()));
            } else {
                employer = organisation.get().name();
            }
        } else {
            employer = required("employer", employer, MAX_EMPLOYER, problems);
        }
        List<String> areas = areas(draft.areas(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidMajorEvent(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into event_accreditation (id, event_id, full_name, organisation_id, employer, event_role,"
                        + " areas, status, status_changed_at, status_changed_by, status_changed_by_name, added_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)")
                .params(
                        id,
                        event,
                        name,
                        draft.organisation(),
                        employer,
                        role,
                        String.join(",", areas),
                        utc(now),
                        coordinator.accountId(),
                        coordinator.displayName(),
                        utc(now))
                .update();
        recordChange(id, event, null, ScreeningStatus.PENDING, now, coordinator);
        return find(event, id, false).orElseThrow(() -> new MajorEventNotFound(id));
    }

    @Override
    public Accreditation decide(
            UUID event, UUID accreditation, ScreeningStatus status, @Nullable String reason, BulwarkUser coordinator) {
        onlyCoordinatorsChangeAccreditations(coordinator);
        Instant now = clock.instant();
        stillOpen(event, now);
        List<InvalidMajorEvent.Problem> problems = new ArrayList<>();
        if (status == null) {
            problems.add(
                    new InvalidMajorEvent.Problem("status", "is required: PENDING, CLEARED, REFUSED or WITHDRAWN"));
        }
        String why = reason == null ? "" : reason.strip();
        if (!why.isEmpty() && status != ScreeningStatus.REFUSED) {
            problems.add(
                    new InvalidMajorEvent.Problem("reason", "is kept only for REFUSED; leave it out for " + status));
        } else if (why.length() > MAX_REASON) {
            problems.add(new InvalidMajorEvent.Problem("reason", "must be at most " + MAX_REASON + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMajorEvent(problems);
        }
        Accreditation current =
                find(event, accreditation, true).orElseThrow(() -> new MajorEventNotFound(accreditation));
        if (current.status() == status) {
            return current;
        }
        jdbc.sql("update event_accreditation set status = ?, status_changed_at = ?, status_changed_by = ?,"
                        + " status_changed_by_name = ?, refusal_reason = ? where id = ? and event_id = ?")
                .params(
                        status.name(),
                        utc(now),
                        coordinator.accountId(),
                        coordinator.displayName(),
                        why.isEmpty() ? null : why,
                        accreditation,
                        event)
                .update();
        recordChange(accreditation, event, current.status(), status, now, coordinator);
        return find(event, accreditation, false).orElseThrow(() -> new MajorEventNotFound(accreditation));
    }

    @Override
    public int purgeExpired(Instant now) {
        Assert.notNull(now, "now must not be null");
        List<UUID> due = jdbc.sql("select id from major_event where ends_at < ? and accreditations_purged_at is null")
                .param(utc(now.minus(settings.accreditationRetention())))
                .query(UUID.class)
                .list();
        int deleted = 0;
        for (UUID event : due) {
            // another node may have purged it meanwhile: only the one that locks it unpurged goes on
            if (jdbc.sql("select id from major_event where id = ? and accreditations_purged_at is null for update")
                    .param(event)
                    .query(UUID.class)
                    .optional()
                    .isEmpty()) {
                continue;
            }
            jdbc.sql("delete from event_accreditation_change where event_id = ?")
                    .param(event)
                    .update();
            int people = jdbc.sql("delete from event_accreditation where event_id = ?")
                    .param(event)
                    .update();
            jdbc.sql("update major_event set accreditations_purged_at = ?, accreditations_purged = ? where id = ?")
                    .params(utc(now), people, event)
                    .update();
            if (people > 0) {
                log.info("Deleted the accreditation register of major event {}: {} people", event, people);
            }
            deleted += people;
        }
        return deleted;
    }

    private static final String SELECT = "select id, event_id, full_name, organisation_id, employer, event_role,"
            + " areas, status, status_changed_at, status_changed_by_name, refusal_reason from event_accreditation";

    private Optional<Accreditation> find(UUID event, UUID accreditation, boolean forUpdate) {
        Assert.notNull(accreditation, "accreditation must not be null");
        return jdbc.sql(SELECT + " where id = ? and event_id = ?" + (forUpdate ? " for update" : ""))
                .params(accreditation, event)
                .query((rs, n) -> accreditation(rs, true))
                .optional();
    }

    private Scope scope(UUID event, BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() == Role.COORDINATOR) {
            return new Scope(true, null, true);
        }
        if (user.role() == Role.OPERATOR) {
            UUID organisation = readers.reader(user.accountId(), user.role()).organisation();
            if (organisation != null) {
                List<StakeholderRole> roles = jdbc.sql("select event_role from major_event_stakeholder where"
                                + " event_id = ? and organisation_id = ?")
                        .params(event, organisation)
                        .query((rs, n) -> StakeholderRole.valueOf(rs.getString("event_role")))
                        .list();
                if (!roles.isEmpty()) {
                    return new Scope(roles.stream().anyMatch(StakeholderRole::readsWholeRegister), organisation, false);
                }
            }
        }
        throw new IncidentsNotPermitted(
                "the accreditation register of an event is for coordinators and the event's stakeholder organisations");
    }

    private EventRow event(UUID event) {
        Assert.notNull(event, "event must not be null");
        return jdbc.sql("select name, ends_at, accreditations_purged_at, accreditations_purged from major_event"
                        + " where id = ?")
                .param(event)
                .query((rs, n) -> new EventRow(
                        rs.getString("name"),
                        instant(rs, "ends_at"),
                        rs.getObject("accreditations_purged_at", OffsetDateTime.class) == null
                                ? null
                                : instant(rs, "accreditations_purged_at"),
                        rs.getInt("accreditations_purged")))
                .optional()
                .orElseThrow(() -> new MajorEventNotFound(event));
    }

    /** Locks the event against the purge, as long as it has not ended. */
    private void stillOpen(UUID event, Instant now) {
        Assert.notNull(event, "event must not be null");
        Instant endsAt = jdbc.sql("select ends_at from major_event where id = ? for update")
                .param(event)
                .query((rs, n) -> instant(rs, "ends_at"))
                .optional()
                .orElseThrow(() -> new MajorEventNotFound(event));
        if (!now.isBefore(endsAt)) {
            throw new MajorEventChangeRefused("the event ended at " + endsAt + "; its accreditation register no longer"
                    + " changes and is deleted "
                    + settings.accreditationRetention().toDays() + " days after the end");
        }
    }

    private void recordChange(
            UUID accreditation,
            UUID event,
            @Nullable ScreeningStatus from,
            ScreeningStatus to,
            Instant at,
            BulwarkUser by) {
        jdbc.sql("insert into event_accreditation_change (id, accreditation_id, event_id, from_status, to_status,"
                        + " changed_at, changed_by, changed_by_name) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        accreditation,
                        event,
                        from == null ? null : from.name(),
                        to.name(),
                        utc(at),
                        by.accountId(),
                        by.displayName())
                .update();
    }

    private static List<String> areas(List<String> given, List<InvalidMajorEvent.Problem> problems) {
        Set<String> areas = new LinkedHashSet<>();
        for (String area : given) {
            String clean = area.strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_AREA || !AREA.matcher(clean).matches()) {
                problems.add(new InvalidMajorEvent.Problem(
                        "areas",
                        "'" + (clean.length() > MAX_AREA ? clean.substring(0, MAX_AREA) + "..." : clean)
                                + "' is not a short area label: at most " + MAX_AREA
                                + " letters, digits, spaces, dots, slashes or dashes"));
                return List.of();
            }
            areas.add(clean.toUpperCase(Locale.ROOT));
        }
        if (areas.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem(
                    "areas", "at least one accreditation zone or area is required, such as PITCH or BACKSTAGE"));
        } else if (areas.size() > MAX_AREAS) {
            problems.add(new InvalidMajorEvent.Problem("areas", "at most " + MAX_AREAS + " areas are allowed"));
        }
        return List.copyOf(areas);
    }

    private static Accreditation accreditation(ResultSet rs, boolean reasons) throws SQLException {
        String areas = rs.getString("areas");
        return new Accreditation(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("full_name"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("employer"),
                rs.getString("event_role"),
                areas.isEmpty() ? List.of() : Arrays.asList(areas.split(",")),
                ScreeningStatus.valueOf(rs.getString("status")),
                instant(rs, "status_changed_at"),
                rs.getString("status_changed_by_name"),
                reasons ? rs.getString("refusal_reason") : null);
    }

    private static String required(
            String field, @Nullable String value, int max, List<InvalidMajorEvent.Problem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem(field, "is required"));
        } else if (clean.length() > max) {
            problems.add(new InvalidMajorEvent.Problem(field, "must be at most " + max + " characters"));
        }
        return clean;
    }

    private static void onlyCoordinatorsChangeAccreditations(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators keep the accreditation register and decide screenings");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
