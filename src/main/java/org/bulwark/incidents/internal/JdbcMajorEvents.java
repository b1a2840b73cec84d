package org.bulwark.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.EventTask;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEvent;
import org.bulwark.incidents.MajorEventDraft;
import org.bulwark.incidents.MajorEventNotFound;
import org.bulwark.incidents.MajorEventPhase;
import org.bulwark.incidents.MajorEvents;
import org.bulwark.incidents.PhaseChange;
import org.bulwark.incidents.PhaseChangeRefused;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Major events in the database. The automatic switch to OPERATIONAL is one conditional update per event, so that the
 * scheduled job and a read racing it record the switch once.
 */
@Service
@Transactional
class JdbcMajorEvents implements MajorEvents {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_OWNER = 200;
    static final int MAX_VENUES = 50;

    private static final Set<Role> READERS = Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);

    private final JdbcClient jdbc;
    private final Sites sites;
    private final Clock clock = Clock.systemUTC();

    JdbcMajorEvents(JdbcClient jdbc, Sites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    @Override
    public MajorEvent plan(MajorEventDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsChangeEvents(coordinator);
        List<InvalidMajorEvent.Problem> problems = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem("name", "is required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new InvalidMajorEvent.Problem("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (draft.startsAt() == null) {
            problems.add(new InvalidMajorEvent.Problem("startsAt", "is required"));
        }
        if (draft.endsAt() == null) {
            problems.add(new InvalidMajorEvent.Problem("endsAt", "is required"));
        } else if (draft.startsAt() != null && !draft.endsAt().isAfter(draft.startsAt())) {
            problems.add(new InvalidMajorEvent.Problem("endsAt", "must be after startsAt"));
        }
        Set<UUID> venues = new LinkedHashSet<>(draft.venues());
        venues.remove(null);
        if (venues.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem("venues", "at least one venue (a registered site) is required"));
        } else if (venues.size() > MAX_VENUES) {
            problems.add(new InvalidMajorEvent.Problem("venues", "at most " + MAX_VENUES + " venues are allowed"));
        } else {
            Set<UUID> unknown = new LinkedHashSet<>(venues);
            sites.findAllById(venues).stream().map(Site::id).forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                problems.add(new InvalidMajorEvent.Problem("venues", "not registered sites: " + unknown));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMajorEvent(problems);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into major_event (id, name, starts_at, ends_at, phase, phase_changed_at, created_by,"
                        + " created_by_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        name,
                        utc(draft.startsAt()),
                        utc(draft.endsAt()),
                        MajorEventPhase.PREPARATORY.name(),
                        utc(now),
                        coordinator.accountId(),
                        coordinator.displayName(),
                        utc(now))
                .update();
        recordChange(id, null, MajorEventPhase.PREPARATORY, now, coordinator);
        for (UUID venue : venues) {
            jdbc.sql("insert into major_event_venue (event_id, site_id) values (?, ?)")
                    .params(id, venue)
                    .update();
        }
        switchIfDue(id, now);
        return load(id);
    }

    @Override
    public List<MajorEvent> list(BulwarkUser reader) {
        mayRead(reader);
        switchToOperational(clock.instant());
        return jdbc.sql("select id from major_event order by starts_at, name, id").query(UUID.class).list().stream()
                .map(this::load)
                .toList();
    }

    @Override
    public MajorEvent get(UUID id, BulwarkUser reader) {
        Assert.notNull(id, "id must not be null");
        mayRead(reader);
        switchIfDue(id, clock.instant());
        return load(id);
    }

    @Override
    public MajorEvent advance(UUID id, MajorEventPhase to, BulwarkUser coordinator) {
        onlyCoordinatorsChangeEvents(coordinator);
        if (to == null) {
            throw new InvalidMajorEvent(List.of(
                    new InvalidMajorEvent.Problem("phase", "is required: PREPARATORY, ALERT, OPERATIONAL or DEBRIEF")));
        }
        Instant now = clock.instant();
        switchIfDue(id, now);
        MajorEventPhase current = phaseForUpdate(id);
        if (current.next() != to) {
            throw new PhaseChangeRefused(
                    current == MajorEventPhase.DEBRIEF
                            ? "the event is in its debrief, the last phase"
                            : "the event is " + current + "; the only phase it can move to is " + current.next()
                                    + ", and never back");
        }
        jdbc.sql("update major_event set phase = ?, phase_changed_at = ? where id = ?")
                .params(to.name(), utc(now), id)
                .update();
        recordChange(id, current, to, now, coordinator);
        return load(id);
    }

    @Override
    public EventTask addTask(UUID id, MajorEventPhase phase, String title, String owner, BulwarkUser coordinator) {
        onlyCoordinatorsChangeEvents(coordinator);
        List<InvalidMajorEvent.Problem> problems = new ArrayList<>();
        if (phase == null) {
            problems.add(
                    new InvalidMajorEvent.Problem("phase", "is required: PREPARATORY, ALERT, OPERATIONAL or DEBRIEF"));
        }
        String cleanTitle = required("title", title, MAX_TITLE, problems);
        String cleanOwner = required("owner", owner, MAX_OWNER, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMajorEvent(problems);
        }
        phaseForUpdate(id);
        UUID task = UUID.randomUUID();
        jdbc.sql("insert into major_event_task (id, event_id, phase, title, owner, added_at) values (?, ?, ?, ?, ?, ?)")
                .params(task, id, phase.name(), cleanTitle, cleanOwner, utc(clock.instant()))
                .update();
        return task(id, task);
    }

    @Override
    public EventTask markDone(UUID id, UUID task, BulwarkUser coordinator) {
        onlyCoordinatorsChangeEvents(coordinator);
        task(id, task);
        jdbc.sql("update major_event_task set done_at = ?, done_by_name = ? where id = ? and event_id = ?"
                        + " and done_at is null")
                .params(utc(clock.instant()), coordinator.displayName(), task, id)
                .update();
        return task(id, task);
    }

    @Override
    public EventTask markUndone(UUID id, UUID task, BulwarkUser coordinator) {
        onlyCoordinatorsChangeEvents(coordinator);
        task(id, task);
        jdbc.sql("update major_event_task set done_at = null, done_by_name = null where id = ? and event_id = ?")
                .params(task, id)
                .update();
        return task(id, task);
    }

    @Override
    public int switchToOperational(Instant now) {
        Assert.notNull(now, "now must not be null");
        List<UUID> due = jdbc.sql(
                        "select id from major_event where phase in ('PREPARATORY', 'ALERT')" + " and starts_at <= ?")
                .param(utc(now.plus(MajorEvent.OPERATIONAL_LEAD)))
                .query(UUID.class)
                .list();
        int switched = 0;
        for (UUID id : due) {
            if (switchIfDue(id, now)) {
                switched++;
            }
        }
        return switched;
    }

    /** Switches one event to OPERATIONAL when it starts within 24 hours and is not there or past it yet. */
    private boolean switchIfDue(UUID id, Instant now) {
        List<String> before = jdbc.sql("select phase from major_event where id = ? and phase in ('PREPARATORY',"
                        + " 'ALERT') and starts_at <= ? for update")
                .params(id, utc(now.plus(MajorEvent.OPERATIONAL_LEAD)))
                .query(String.class)
                .list();
        if (before.isEmpty()) {
            return false;
        }
        int changed = jdbc.sql("update major_event set phase = 'OPERATIONAL', phase_changed_at = ?"
                        + " where id = ? and phase = ?")
                .params(utc(now), id, before.get(0))
                .update();
        if (changed == 0) {
            return false;
        }
        recordChange(id, MajorEventPhase.valueOf(before.get(0)), MajorEventPhase.OPERATIONAL, now, null);
        return true;
    }

    private void recordChange(
            UUID id, @Nullable MajorEventPhase from, MajorEventPhase to, Instant at, @Nullable BulwarkUser by) {
        jdbc.sql("insert into major_event_phase_change (id, event_id, from_phase, to_phase, changed_at, changed_by,"
                        + " changed_by_name) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        id,
                        from == null ? null : from.name(),
                        to.name(),
                        utc(at),
                        by == null ? null : by.accountId(),
                        by == null ? null : by.displayName())
                .update();
    }

    private MajorEventPhase phaseForUpdate(UUID id) {
        Assert.notNull(id, "id must not be null");
        return jdbc.sql("select phase from major_event where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .map(MajorEventPhase::valueOf)
                .orElseThrow(() -> new MajorEventNotFound(id));
    }

    private EventTask task(UUID id, UUID task) {
        Assert.notNull(task, "task must not be null");
        return jdbc.sql("select id, phase, title, owner, done_at, done_by_name from major_event_task"
                        + " where id = ? and event_id = ?")
                .params(task, id)
                .query((rs, n) -> task(rs))
                .optional()
                .orElseThrow(() -> new MajorEventNotFound(task));
    }

    private MajorEvent load(UUID id) {
        List<UUID> venues = jdbc.sql("select site_id from major_event_venue where event_id = ? order by site_id")
                .param(id)
                .query(UUID.class)
                .list();
        List<EventTask> tasks = jdbc.sql("select id, phase, title, owner, done_at, done_by_name from major_event_task"
                        + " where event_id = ? order by added_at, id")
                .param(id)
                .query((rs, n) -> task(rs))
                .list();
        List<PhaseChange> history = jdbc.sql("select from_phase, to_phase, changed_at, changed_by_name"
                        + " from major_event_phase_change where event_id = ? order by changed_at, case to_phase"
                        + " when 'PREPARATORY' then 0 when 'ALERT' then 1 when 'OPERATIONAL' then 2 else 3 end")
                .param(id)
                .query((rs, n) -> new PhaseChange(
                        rs.getString("from_phase") == null ? null : MajorEventPhase.valueOf(rs.getString("from_phase")),
                        MajorEventPhase.valueOf(rs.getString("to_phase")),
                        instant(rs, "changed_at"),
                        rs.getString("changed_by_name")))
                .list();
        return jdbc.sql("select id, name, starts_at, ends_at, phase, phase_changed_at, created_by_name"
                        + " from major_event where id = ?")
                .param(id)
                .query((rs, n) -> new MajorEvent(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        MajorEventPhase.valueOf(rs.getString("phase")),
                        instant(rs, "phase_changed_at"),
                        rs.getString("created_by_name"),
                        venues,
                        tasks,
                        history))
                .optional()
                .orElseThrow(() -> new MajorEventNotFound(id));
    }

    private static EventTask task(ResultSet rs) throws SQLException {
        OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
        return new EventTask(
                rs.getObject("id", UUID.class),
                MajorEventPhase.valueOf(rs.getString("phase")),
                rs.getString("title"),
                rs.getString("owner"),
                done == null ? null : done.toInstant(),
                rs.getString("done_by_name"));
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

    private static void onlyCoordinatorsChangeEvents(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators plan major events and change them");
        }
    }

    private static void mayRead(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (!READERS.contains(user.role())) {
            throw new IncidentsNotPermitted("major events are for coordinators, analysts and advisors");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
