package org.bulwark.partners.internal;

import static org.bulwark.partners.internal.JdbcPartners.instant;
import static org.bulwark.partners.internal.JdbcPartners.timestamp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.SharingGroup;
import org.bulwark.partners.SharingGroupChanged;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroupSummary;
import org.bulwark.partners.SharingGroups;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

@Service
@Transactional
class JdbcSharingGroups implements SharingGroups {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 1000;

    /** How a member row names what it refers to. */
    enum MemberKind {
        ORGANISATION,
        ACCOUNT
    }

    private static final RowMapper<SharingGroup.Person> PERSON = (rs, row) -> new SharingGroup.Person(
            rs.getObject("account_id", UUID.class),
            rs.getObject("member_id", UUID.class),
            rs.getString("full_name"),
            rs.getString("job_title"),
            rs.getObject("organisation_id", UUID.class),
            rs.getString("organisation_name"),
            OrganisationStatus.valueOf(rs.getString("organisation_status")));

    private static final String PERSON_COLUMNS = "p.account_id, p.id as member_id, p.full_name, p.job_title,"
            + " p.organisation_id, o.name as organisation_name, o.status as organisation_status";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    JdbcSharingGroups(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public UUID create(SharingGroupDetails details) {
        SharingGroupDetails cleaned = check(details, null);
        UUID id = UUID.randomUUID();
        Instant now = now();
        try {
            jdbc.sql("insert into sharing_group (id, name, name_key, description, created_at, updated_at, version)"
                            + " values (:id, :name, :key, :description, :now, :now, 0)")
                    .param("id", id)
                    .param("name", cleaned.name())
                    .param("key", Inputs.key(cleaned.name()))
                    .param("description", cleaned.description())
                    .param("now", timestamp(now))
                    .update();
        } catch (DuplicateKeyException ex) {
            // another coordinator took the name between the check and the insert
            throw duplicateName(cleaned.name());
        }
        events.publishEvent(new SharingGroupChanged(id, now));
        return id;
    }

    @Override
    public void update(UUID group, SharingGroupDetails details) {
        lock(group);
        SharingGroupDetails cleaned = check(details, group);
        Instant now = now();
        try {
            jdbc.sql("update sharing_group set name = :name, name_key = :key, description = :description,"
                            + " updated_at = :now, version = version + 1 where id = :id")
                    .param("name", cleaned.name())
                    .param("key", Inputs.key(cleaned.name()))
                    .param("description", cleaned.description())
                    .param("now", timestamp(now))
                    .param("id", group)
                    .update();
        } catch (DuplicateKeyException ex) {
            throw duplicateName(cleaned.name());
        }
        events.publishEvent(new SharingGroupChanged(group, now));
    }

    @Override
    public void delete(UUID group) {
        Assert.notNull(group, "group must not be null");
        if (jdbc.sql("delete from sharing_group where id = ?").param(group).update() == 0) {
            throw notFound(group);
        }
        events.publishEvent(new SharingGroupChanged(group, now()));
    }

    @Override
    public void addOrganisation(UUID group, UUID organisation, UUID addedBy) {
        Assert.notNull(organisation, "organisation must not be null");
        Assert.notNull(addedBy, "addedBy must not be null");
        lock(group);
        Violations violations = new Violations(messages);
        jdbc.sql("select name, status from organisation where id = ?")
                .param(organisation)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .ifPresentOrElse(
                        found -> {
                            if (!OrganisationStatus.APPROVED.name().equals(found[1])) {
                                violations.add("organisation", "groups.organisation.notApproved", found[0]);
                            }
                        },
                        () -> violations.add("organisation", "groups.organisation.unknown", organisation));
        violations.throwIfAny();
        add(group, MemberKind.ORGANISATION, organisation, addedBy);
    }

    @Override
    public void removeOrganisation(UUID group, UUID organisation) {
        Assert.notNull(organisation, "organisation must not be null");
        remove(group, MemberKind.ORGANISATION, organisation);
    }

    @Override
    public void addAccount(UUID group, UUID account, UUID addedBy) {
        Assert.notNull(account, "account must not be null");
        Assert.notNull(addedBy, "addedBy must not be null");
        lock(group);
        Violations violations = new Violations(messages);
        jdbc.sql("select " + PERSON_COLUMNS + " from member p join organisation o on o.id = p.organisation_id"
                        + " where p.account_id = ?")
                .param(account)
                .query(PERSON)
                .optional()
                .ifPresentOrElse(
                        person -> {
                            if (person.organisationStatus() != OrganisationStatus.APPROVED) {
                                violations.add(
                                        "account",
                                        "groups.account.notApproved",
                                        person.fullName(),
                                        person.organisationName());
                            }
                        },
                        () -> violations.add("account", "groups.account.unknown", account));
        violations.throwIfAny();
        add(group, MemberKind.ACCOUNT, account, addedBy);
    }

    @Override
    public void removeAccount(UUID group, UUID account) {
        Assert.notNull(account, "account must not be null");
        remove(group, MemberKind.ACCOUNT, account);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SharingGroupSummary> list() {
        return jdbc.sql("select g.id, g.name, g.description, g.created_at, g.updated_at,"
                        + " (select count(*) from sharing_group_member m where m.group_id = g.id"
                        + " and m.member_kind = 'ORGANISATION') as organisations,"
                        + " (select count(*) from sharing_group_member m where m.group_id = g.id"
                        + " and m.member_kind = 'ACCOUNT') as people"
                        + " from sharing_group g order by g.name_key, g.id")
                .query((rs, row) -> new SharingGroupSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getInt("organisations"),
                        rs.getInt("people"),
                        instant(rs, "created_at"),
                        instant(rs, "updated_at")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SharingGroup> find(UUID group) {
        Assert.notNull(group, "group must not be null");
        return jdbc.sql("select id, name, description, created_at, updated_at from sharing_group where id = ?")
                .param(group)
                .query((rs, row) -> new Object[] {
                    rs.getString("name"),
                    rs.getString("description"),
                    instant(rs, "created_at"),
                    instant(rs, "updated_at")
                })
                .optional()
                .map(row -> new SharingGroup(
                        group,
                        (String) row[0],
                        (String) row[1],
                        (Instant) row[2],
                        (Instant) row[3],
                        memberOrganisations(group),
                        memberPeople(group)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SharingGroup.Person> eligiblePeople() {
        return jdbc.sql("select " + PERSON_COLUMNS + " from member p join organisation o on o.id = p.organisation_id"
                        + " where p.account_id is not null and o.status = 'APPROVED'"
                        + " order by lower(p.full_name), o.name_key, p.id")
                .query(PERSON)
                .list();
    }

    private List<SharingGroup.MemberOrganisation> memberOrganisations(UUID group) {
        return jdbc.sql("select m.member_ref, o.name, o.status, m.added_at, m.added_by from sharing_group_member m"
                        + " join organisation o on o.id = m.member_ref"
                        + " where m.group_id = ? and m.member_kind = 'ORGANISATION' order by o.name_key, o.id")
                .param(group)
                .query((rs, row) -> new SharingGroup.MemberOrganisation(
                        rs.getObject("member_ref", UUID.class),
                        rs.getString("name"),
                        OrganisationStatus.valueOf(rs.getString("status")),
                        instant(rs, "added_at"),
                        rs.getObject("added_by", UUID.class)))
                .list();
    }

    private List<SharingGroup.MemberPerson> memberPeople(UUID group) {
        return jdbc.sql("select m.member_ref, m.added_at, m.added_by, " + PERSON_COLUMNS
                        + " from sharing_group_member m"
                        + " left join member p on p.account_id = m.member_ref"
                        + " left join organisation o on o.id = p.organisation_id"
                        + " where m.group_id = ? and m.member_kind = 'ACCOUNT'"
                        + " order by lower(p.full_name), m.member_ref")
                .param(group)
                .query((rs, row) -> new SharingGroup.MemberPerson(
                        rs.getObject("member_ref", UUID.class),
                        rs.getObject("member_id") == null ? null : PERSON.mapRow(rs, row),
                        instant(rs, "added_at"),
                        rs.getObject("added_by", UUID.class)))
                .list();
    }

    private void add(UUID group, MemberKind kind, UUID reference, UUID addedBy) {
        if (isMember(group, kind, reference)) {
            return;
        }
        Instant now = now();
        jdbc.sql("insert into sharing_group_member (group_id, member_kind, member_ref, added_at, added_by)"
                        + " values (:group, :kind, :reference, :now, :by)")
                .param("group", group)
                .param("kind", kind.name())
                .param("reference", reference)
                .param("now", timestamp(now))
                .param("by", addedBy)
                .update();
        touch(group, now);
    }

    private void remove(UUID group, MemberKind kind, UUID reference) {
        lock(group);
        int removed = jdbc.sql("delete from sharing_group_member where group_id = :group and member_kind = :kind"
                        + " and member_ref = :reference")
                .param("group", group)
                .param("kind", kind.name())
                .param("reference", reference)
                .update();
        if (removed > 0) {
            touch(group, now());
        }
    }

    private boolean isMember(UUID group, MemberKind kind, UUID reference) {
        return jdbc.sql("select count(*) from sharing_group_member where group_id = :group and member_kind = :kind"
                                + " and member_ref = :reference")
                        .param("group", group)
                        .param("kind", kind.name())
                        .param("reference", reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void touch(UUID group, Instant now) {
        jdbc.sql("update sharing_group set updated_at = :now, version = version + 1 where id = :id")
                .param("now", timestamp(now))
                .param("id", group)
                .update();
        events.publishEvent(new SharingGroupChanged(group, now));
    }

    /**
     * Holds the group's row until the transaction ends, so that two coordinators changing the same group one after
     * the other each see what the other did, and the same member is never added twice.
     */
    private void lock(UUID group) {
        Assert.notNull(group, "group must not be null");
        jdbc.sql("select id from sharing_group where id = ? for update")
                .param(group)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> notFound(group));
    }

    private SharingGroupDetails check(SharingGroupDetails details, @Nullable UUID self) {
        Assert.notNull(details, "details must not be null");
        Violations violations = new Violations(messages);
        String name = Inputs.clean(details.name());
        if (name == null) {
            violations.add("name", "groups.name.required");
        } else if (name.length() > NAME_MAX) {
            violations.add("name", "groups.name.tooLong", NAME_MAX);
        } else {
            jdbc.sql("select name from sharing_group where name_key = :key and id <> :self")
                    .param("key", Inputs.key(name))
                    .param("self", self == null ? new UUID(0, 0) : self)
                    .query(String.class)
                    .optional()
                    .ifPresent(holder -> violations.add("name", "groups.name.duplicate", holder));
        }
        // kept as typed, line breaks included: a description may run to a few paragraphs
        String description =
                details.description() == null ? null : details.description().strip();
        if (description != null && description.isEmpty()) {
            description = null;
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            violations.add("description", "groups.description.tooLong", DESCRIPTION_MAX);
        }
        violations.throwIfAny();
        return new SharingGroupDetails(name, description);
    }

    private InvalidPartnerData duplicateName(String name) {
        return new InvalidPartnerData(new Violations(messages)
                .add("name", "groups.name.duplicate", name)
                .list());
    }

    private static PartnerNotFound notFound(UUID group) {
        return new PartnerNotFound("No sharing group has the id " + group);
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds; events and rows must agree on the instant
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
