package org.bulwark.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.EventStakeholders;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEventNotFound;
import org.bulwark.incidents.Stakeholder;
import org.bulwark.incidents.StakeholderDraft;
import org.bulwark.incidents.StakeholderRole;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.Partners;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/** Stakeholders of major events in the database; a partner organisation's name is copied when it is added. */
@Service
@Transactional
class JdbcEventStakeholders implements EventStakeholders {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 200;
    static final int MAX_RESPONSIBILITY = 500;
    static final int MAX_STAKEHOLDERS = 100;

    private static final Set<Role> READERS = Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);

    private final JdbcClient jdbc;
    private final Partners partners;
    private final Clock clock = Clock.systemUTC();

    JdbcEventStakeholders(JdbcClient jdbc, Partners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    @Override
    public Stakeholder add(UUID event, StakeholderDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsChangeEvents(coordinator);
        lockEvent(event);
        List<InvalidMajorEvent.Problem> problems = new ArrayList<>();
        String name = clean(draft.name());
        String contact = clean(draft.contact());
        String responsibility = clean(draft.responsibility());
        if (draft.role() == null) {
            problems.add(new InvalidMajorEvent.Problem(
                    "role",
                    "is required: ORGANISER, VENUE_OPERATOR, POLICE, AMBULANCE, FIRE, TRANSPORT,"
                            + " SECURITY_CONTRACTOR, LOCAL_AUTHORITY or OTHER"));
        }
        if (draft.organisation() != null && !name.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem(
                    "name",
                    "give either a partner organisation or the name of a contact outside the registry, not both"));
        } else if (draft.organisation() != null) {
            Optional<Organisation> organisation = partners.find(draft.organisation());
            if (organisation.isEmpty()) {
                problems.add(new InvalidMajorEvent.Problem(
                        "organisation", "no partner organisation " + draft.organisation()));
            } else if (organisation.get().status() != OrganisationStatus.APPROVED) {
                problems.add(new InvalidMajorEvent.Problem(
                        "organisation",
                        organisation.get().name()
                                + " is not an approved partner organisation; add it by name instead"));
            } else {
                name = organisation.get().name();
                if (draft.role() != null && taken(event, draft.organisation(), draft.role())) {
                    problems.add(new InvalidMajorEvent.Problem(
                            "organisation", name + " is a stakeholder in the role " + draft.role() + " already"));
                }
            }
        } else if (name.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem(
                    "organisation", "give a partner organisation, or the name of a contact outside the registry"));
        } else {
            tooLong("name", name, MAX_NAME, problems);
            if (contact.isEmpty()) {
                problems.add(new InvalidMajorEvent.Problem(
                        "contact", "is required for a contact outside the registry: a telephone number or e-mail"));
            }
        }
        tooLong("contact", contact, MAX_CONTACT, problems);
        if (responsibility.isEmpty()) {
            problems.add(new InvalidMajorEvent.Problem("responsibility", "is required: what they are responsible for"));
        }
        tooLong("responsibility", responsibility, MAX_RESPONSIBILITY, problems);
        if (count(event) >= MAX_STAKEHOLDERS) {
            problems.add(new InvalidMajorEvent.Problem(
                    "stakeholders", "an event has at most " + MAX_STAKEHOLDERS + " stakeholders"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMajorEvent(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into major_event_stakeholder (id, event_id, organisation_id, name, event_role, contact,"
                        + " responsibility, added_at, added_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        event,
                        draft.organisation(),
                        name,
                        draft.role().name(),
                        contact.isEmpty() ? null : contact,
                        responsibility,
                        clock.instant().atOffset(ZoneOffset.UTC),
                        coordinator.displayName())
                .update();
        return load(event, id);
    }

    @Override
    public void remove(UUID event, UUID stakeholder, BulwarkUser coordinator) {
        onlyCoordinatorsChangeEvents(coordinator);
        Assert.notNull(stakeholder, "stakeholder must not be null");
        lockEvent(event);
        int removed = jdbc.sql("delete from major_event_stakeholder where id = ? and event_id = ?")
                .params(stakeholder, event)
                .update();
        if (removed == 0) {
            throw new MajorEventNotFound(stakeholder);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stakeholder> list(UUID event, BulwarkUser reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!READERS.contains(reader.role())) {
            throw new IncidentsNotPermitted("major events are for coordinators, analysts and advisors");
        }
        exists(event);
        return jdbc.sql("select id, organisation_id, name, event_role, contact, responsibility, added_at,"
                        + " added_by_name from major_event_stakeholder where event_id = ? order by added_at, id")
                .param(event)
                .query((rs, n) -> stakeholder(rs))
                .list();
    }

    private Stakeholder load(UUID event, UUID id) {
        return jdbc.sql("select id, organisation_id, name, event_role, contact, responsibility, added_at,"
                        + " added_by_name from major_event_stakeholder where id = ? and event_id = ?")
                .params(id, event)
                .query((rs, n) -> stakeholder(rs))
                .optional()
                .orElseThrow(() -> new MajorEventNotFound(id));
    }

    private boolean taken(UUID event, UUID organisation, StakeholderRole role) {
        return jdbc.sql("select count(*) from major_event_stakeholder where event_id = ? and organisation_id = ?"
                                + " and event_role = ?")
                        .params(event, organisation, role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long count(UUID event) {
        return jdbc.sql("select count(*) from major_event_stakeholder where event_id = ?")
                .param(event)
                .query(Long.class)
                .single();
    }

    private void lockEvent(UUID event) {
        Assert.notNull(event, "event must not be null");
        if (jdbc.sql("select id from major_event where id = ? for update")
                .param(event)
                .query(UUID.class)
                .optional()
                .isEmpty()) {
            throw new MajorEventNotFound(event);
        }
    }

    private void exists(UUID event) {
        Assert.notNull(event, "event must not be null");
        if (jdbc.sql("select count(*) from major_event where id = ?")
                        .param(event)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new MajorEventNotFound(event);
        }
    }

    private static Stakeholder stakeholder(ResultSet rs) throws SQLException {
        return new Stakeholder(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                StakeholderRole.valueOf(rs.getString("event_role")),
                rs.getString("contact"),
                rs.getString("responsibility"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(),
                rs.getString("added_by_name"));
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static void tooLong(String field, String value, int max, List<InvalidMajorEvent.Problem> problems) {
        if (value.length() > max) {
            problems.add(new InvalidMajorEvent.Problem(field, "must be at most " + max + " characters"));
        }
    }

    private static void onlyCoordinatorsChangeEvents(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators plan major events and change them");
        }
    }
}
