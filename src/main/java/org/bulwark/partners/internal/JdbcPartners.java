package org.bulwark.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Role;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.Member;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.MemberJoined;
import org.bulwark.partners.MemberLeft;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationApproved;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.OrganisationPage;
import org.bulwark.partners.OrganisationQuery;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.OrganisationSuspended;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.Partners;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

@Service
@Transactional
class JdbcPartners implements Partners {

    static final int NAME_MAX = 200;
    static final int REGION_MAX = 120;
    static final int MAX_PAGE_SIZE = 100;

    private static final String ORGANISATION_COLUMNS =
            "select id, name, kind, status, region, website, contact_name, contact_email, contact_phone,"
                    + " created_at, updated_at, approved_at from organisation";

    private static final String MEMBER_COLUMNS =
            "select id, organisation_id, full_name, job_title, email, phone, role, account_id, created_at from member";

    private static final RowMapper<Member> MEMBER = (rs, row) -> new Member(
            rs.getObject("id", UUID.class),
            rs.getObject("organisation_id", UUID.class),
            rs.getString("full_name"),
            rs.getString("job_title"),
            rs.getString("email"),
            rs.getString("phone"),
            Role.valueOf(rs.getString("role")),
            rs.getObject("account_id", UUID.class),
            instant(rs, "created_at"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    JdbcPartners(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, MessageSource messages) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public UUID register(OrganisationDetails details) {
        return registerAll(List.of(details)).get(0);
    }

    @Override
    public List<UUID> registerAll(List<OrganisationDetails> all) {
        Assert.notNull(all, "details must not be null");
        Map<String, SectorState> sectors = sectorStates();
        Set<String> namesInBatch = new HashSet<>();
        Violations violations = new Violations(messages);
        List<OrganisationDetails> cleaned = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Violations own = new Violations(messages);
            OrganisationDetails details = check(all.get(i), null, sectors, Set.of(), own);
            if (details.name() != null && !own.hasErrorOn("name") && !namesInBatch.add(Inputs.key(details.name()))) {
                own.add("name", "organisation.name.duplicate", details.name());
            }
            (all.size() == 1 ? own : own.prefixed("organisations[" + i + "]."))
                    .list()
                    .forEach(v -> violations.list().add(v));
            cleaned.add(details);
        }
        violations.throwIfAny();

        Instant now = now();
        List<UUID> ids = new ArrayList<>();
        List<Object[]> organisationRows = new ArrayList<>();
        List<Object[]> sectorRows = new ArrayList<>();
        for (OrganisationDetails details : cleaned) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            organisationRows.add(new Object[] {
                id,
                details.name(),
                Inputs.key(details.name()),
                details.kind().name(),
                details.region(),
                OrganisationStatus.PENDING.name(),
                details.website(),
                details.contactName(),
                details.contactEmail(),
                details.contactPhone(),
                timestamp(now),
                timestamp(now)
            });
            details.sectors().forEach(code -> sectorRows.add(new Object[] {id, code}));
        }
        try {
            batch.batchUpdate(
                    "insert into organisation (id, name, name_key, kind, region, status, website, contact_name,"
                            + " contact_email, contact_phone, created_at, updated_at, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    organisationRows);
        } catch (DuplicateKeyException ex) {
            // another coordinator registered the same name between the check and the insert
            throw duplicateName(cleaned.size() == 1 ? cleaned.get(0).name() : "");
        }
        batch.batchUpdate("insert into organisation_sector (organisation_id, sector_code) values (?, ?)", sectorRows);
        return ids;
    }

    @Override
    public void update(UUID organisation, OrganisationDetails details) {
        Organisation current = require(organisation);
        Violations violations = new Violations(messages);
        OrganisationDetails cleaned =
                check(details, organisation, sectorStates(), new HashSet<>(current.sectors()), violations);
        violations.throwIfAny();
        try {
            jdbc.sql("update organisation set name = :name, name_key = :key, kind = :kind, region = :region,"
                            + " website = :website, contact_name = :contactName, contact_email = :contactEmail,"
                            + " contact_phone = :contactPhone, updated_at = :now, version = version + 1"
                            + " where id = :id")
                    .param("name", cleaned.name())
                    .param("key", Inputs.key(cleaned.name()))
                    .param("kind", cleaned.kind().name())
                    .param("region", cleaned.region())
                    .param("website", cleaned.website())
                    .param("contactName", cleaned.contactName())
                    .param("contactEmail", cleaned.contactEmail())
                    .param("contactPhone", cleaned.contactPhone())
                    .param("now", timestamp(now()))
                    .param("id", organisation)
                    .update();
        } catch (DuplicateKeyException ex) {
            throw duplicateName(cleaned.name());
        }
        jdbc.sql("delete from organisation_sector where organisation_id = ?")
                .param(organisation)
                .update();
        List<Object[]> sectorRows = cleaned.sectors().stream()
                .map(code -> new Object[] {organisation, code})
                .toList();
        batch.batchUpdate("insert into organisation_sector (organisation_id, sector_code) values (?, ?)", sectorRows);
    }

    @Override
    public void approve(UUID organisation) {
        Organisation current = require(organisation);
        if (current.status() == OrganisationStatus.APPROVED) {
            return;
        }
        Instant now = now();
        jdbc.sql("update organisation set status = 'APPROVED', approved_at = :now, updated_at = :now,"
                        + " version = version + 1 where id = :id")
                .param("now", timestamp(now))
                .param("id", organisation)
                .update();
        events.publishEvent(new OrganisationApproved(organisation, now));
    }

    @Override
    public void suspend(UUID organisation) {
        Organisation current = require(organisation);
        if (current.status() == OrganisationStatus.SUSPENDED) {
            return;
        }
        Instant now = now();
        jdbc.sql("update organisation set status = 'SUSPENDED', updated_at = :now, version = version + 1"
                        + " where id = :id")
                .param("now", timestamp(now))
                .param("id", organisation)
                .update();
        events.publishEvent(new OrganisationSuspended(organisation, now));
    }

    @Override
    public UUID addMember(UUID organisation, MemberDetails details) {
        return addMembers(organisation, List.of(details)).get(0);
    }

    @Override
    public List<UUID> addMembers(UUID organisation, List<MemberDetails> all) {
        Assert.notNull(all, "details must not be null");
        require(organisation);
        Violations violations = new Violations(messages);
        Set<UUID> accountsInBatch = new HashSet<>();
        List<MemberDetails> cleaned = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Violations own = new Violations(messages);
            MemberDetails details = check(all.get(i), null, own);
            if (details.accountId() != null
                    && !own.hasErrorOn("accountId")
                    && !accountsInBatch.add(details.accountId())) {
                own.add("accountId", "member.accountId.repeated");
            }
            (all.size() == 1 ? own : own.prefixed("members[" + i + "]."))
                    .list()
                    .forEach(v -> violations.list().add(v));
            cleaned.add(details);
        }
        violations.throwIfAny();

        Instant now = now();
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (MemberDetails details : cleaned) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {
                id,
                organisation,
                details.fullName(),
                details.jobTitle(),
                details.email(),
                details.phone(),
                details.role().name(),
                details.accountId(),
                timestamp(now)
            });
        }
        try {
            batch.batchUpdate(
                    "insert into member (id, organisation_id, full_name, job_title, email, phone, role, account_id,"
                            + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    rows);
        } catch (DuplicateKeyException ex) {
            // another coordinator linked the same account between the check and the insert
            throw new InvalidPartnerData(new Violations(messages)
                    .add("accountId", "member.accountId.repeated")
                    .list());
        }
        ids.forEach(id -> events.publishEvent(new MemberJoined(id, organisation, now)));
        return ids;
    }

    @Override
    public void updateMember(UUID organisation, UUID member, MemberDetails details) {
        requireMember(organisation, member);
        Violations violations = new Violations(messages);
        MemberDetails cleaned = check(details, member, violations);
        violations.throwIfAny();
        try {
            jdbc.sql("update member set full_name = :fullName, job_title = :jobTitle, email = :email, phone = :phone,"
                            + " role = :role, account_id = :accountId, version = version + 1 where id = :id")
                    .param("fullName", cleaned.fullName())
                    .param("jobTitle", cleaned.jobTitle())
                    .param("email", cleaned.email())
                    .param("phone", cleaned.phone())
                    .param("role", cleaned.role().name())
                    .param("accountId", cleaned.accountId())
                    .param("id", member)
                    .update();
        } catch (DuplicateKeyException ex) {
            // another coordinator linked the same account between the check and the update
            throw new InvalidPartnerData(new Violations(messages)
                    .add("accountId", "member.accountId.repeated")
                    .list());
        }
    }

    @Override
    public void removeMember(UUID organisation, UUID member) {
        requireMember(organisation, member);
        jdbc.sql("delete from member where id = ?").param(member).update();
        events.publishEvent(new MemberLeft(member, organisation, now()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID organisation) {
        List<Organisation> found = organisations(jdbc.sql(ORGANISATION_COLUMNS + " where id = ?")
                .param(organisation)
                .query(this::row)
                .list());
        return found.stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> members(UUID organisation) {
        return jdbc.sql(MEMBER_COLUMNS + " where organisation_id = ? order by lower(full_name), id")
                .param(organisation)
                .query(MEMBER)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> membersOf(Collection<UUID> organisations) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(organisations));
        List<Member> members = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            members.addAll(jdbc.sql(MEMBER_COLUMNS + " where organisation_id in (:organisations)")
                    .param("organisations", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(MEMBER)
                    .list());
        }
        return members;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Member> member(UUID organisation, UUID member) {
        return jdbc.sql(MEMBER_COLUMNS + " where id = ? and organisation_id = ?")
                .param(member)
                .param(organisation)
                .query(MEMBER)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationPage search(OrganisationQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String text = Inputs.clean(query.text());
        if (text != null) {
            where.append(" and name_key like :text escape '\\'");
            params.put("text", "%" + likeEscaped(Inputs.key(text)) + "%");
        }
        if (Inputs.clean(query.sector()) != null) {
            where.append(" and exists (select 1 from organisation_sector s"
                    + " where s.organisation_id = organisation.id and s.sector_code = :sector)");
            params.put("sector", query.sector().strip());
        }
        if (Inputs.clean(query.region()) != null) {
            where.append(" and region = :region");
            params.put("region", Inputs.clean(query.region()));
        }
        if (query.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
        }
        long total = jdbc.sql("select count(*) from organisation" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Organisation> items = organisations(
                jdbc.sql(ORGANISATION_COLUMNS + where + " order by name_key, id limit :limit offset :offset")
                        .params(params)
                        .param("limit", pageSize)
                        .param("offset", (long) pageNumber * pageSize)
                        .query(this::row)
                        .list());
        return new OrganisationPage(items, pageNumber, pageSize, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> regions() {
        return jdbc.sql("select distinct region from organisation order by region")
                .query(String.class)
                .list();
    }

    private OrganisationDetails check(
            OrganisationDetails details,
            @Nullable UUID self,
            Map<String, SectorState> catalogue,
            Set<String> alreadyHeld,
            Violations violations) {
        Assert.notNull(details, "details must not be null");
        String name = Inputs.clean(details.name());
        if (details.kind() == null) {
            violations.add("kind", "organisation.kind.required");
        }
        if (name == null) {
            violations.add("name", "organisation.name.required");
        } else if (name.length() > NAME_MAX) {
            violations.add("name", "organisation.name.tooLong", NAME_MAX);
        } else {
            boolean taken = jdbc.sql("select count(*) from organisation where name_key = :key and id <> :self")
                            .param("key", Inputs.key(name))
                            .param("self", self == null ? new UUID(0, 0) : self)
                            .query(Long.class)
                            .single()
                    > 0;
            if (taken) {
                violations.add("name", "organisation.name.duplicate", name);
            }
        }
        Set<String> sectors = new java.util.LinkedHashSet<>();
        for (String code : details.sectors()) {
            String cleanCode = Inputs.clean(code);
            if (cleanCode == null) {
                continue;
            }
            SectorState state = catalogue.get(cleanCode);
            if (state == null) {
                violations.add("sectors", "organisation.sectors.unknown", cleanCode);
            } else if (!state.active() && !alreadyHeld.contains(cleanCode)) {
                violations.add("sectors", "organisation.sectors.inactive", state.nameEn());
            } else {
                sectors.add(cleanCode);
            }
        }
        // public bodies such as the police or an oversight board may work across every sector
        if (sectors.isEmpty() && details.kind() != OrganisationKind.PUBLIC && !violations.hasErrorOn("sectors")) {
            violations.add("sectors", "organisation.sectors.required");
        }
        String region = Inputs.clean(details.region());
        if (region == null) {
            violations.add("region", "organisation.region.required");
        } else if (region.length() > REGION_MAX) {
            violations.add("region", "organisation.region.tooLong", REGION_MAX);
        }
        String website = Inputs.clean(details.website());
        if (website != null && !Inputs.isWebsite(website)) {
            violations.add("website", "organisation.website.invalid", website);
        }
        String contactName = Inputs.clean(details.contactName());
        if (contactName != null && contactName.length() > NAME_MAX) {
            violations.add("contactName", "organisation.contactName.tooLong", NAME_MAX);
        }
        String contactEmail = Inputs.clean(details.contactEmail());
        if (contactEmail != null && !Inputs.isEmail(contactEmail)) {
            violations.add("contactEmail", "partners.email.invalid", contactEmail);
        }
        String contactPhone = Inputs.clean(details.contactPhone());
        if (contactPhone != null && !Inputs.isPhone(contactPhone)) {
            violations.add("contactPhone", "partners.phone.invalid", contactPhone);
        }
        return new OrganisationDetails(
                details.kind(), name, sectors, region, website, contactName, contactEmail, contactPhone);
    }

    private MemberDetails check(MemberDetails details, @Nullable UUID self, Violations violations) {
        Assert.notNull(details, "details must not be null");
        String fullName = Inputs.clean(details.fullName());
        if (fullName == null) {
            violations.add("fullName", "member.fullName.required");
        } else if (fullName.length() > NAME_MAX) {
            violations.add("fullName", "member.fullName.tooLong", NAME_MAX);
        }
        String jobTitle = Inputs.clean(details.jobTitle());
        if (jobTitle != null && jobTitle.length() > NAME_MAX) {
            violations.add("jobTitle", "member.jobTitle.tooLong", NAME_MAX);
        }
        String email = Inputs.clean(details.email());
        if (email == null) {
            violations.add("email", "member.email.required");
        } else if (!Inputs.isEmail(email)) {
            violations.add("email", "partners.email.invalid", email);
        }
        String phone = Inputs.clean(details.phone());
        if (phone != null && !Inputs.isPhone(phone)) {
            violations.add("phone", "partners.phone.invalid", phone);
        }
        if (details.role() == null) {
            violations.add("role", "member.role.required");
        }
        if (details.accountId() != null) {
            jdbc.sql("select m.full_name, o.name from member m join organisation o on o.id = m.organisation_id"
                            + " where m.account_id = :account and m.id <> :self")
                    .param("account", details.accountId())
                    .param("self", self == null ? new UUID(0, 0) : self)
                    .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional()
                    .ifPresent(holder -> violations.add("accountId", "member.accountId.taken", holder[0], holder[1]));
        }
        return new MemberDetails(fullName, jobTitle, email, phone, details.role(), details.accountId());
    }

    private InvalidPartnerData duplicateName(String name) {
        return new InvalidPartnerData(new Violations(messages)
                .add("name", "organisation.name.duplicate", name)
                .list());
    }

    private Organisation require(UUID organisation) {
        Assert.notNull(organisation, "organisation must not be null");
        return find(organisation).orElseThrow(() -> new PartnerNotFound("No organisation has the id " + organisation));
    }

    private Member requireMember(UUID organisation, UUID member) {
        require(organisation);
        return member(organisation, member)
                .orElseThrow(() -> new PartnerNotFound(
                        "No member with the id " + member + " belongs to the organisation " + organisation));
    }

    private Map<String, SectorState> sectorStates() {
        Map<String, SectorState> states = new HashMap<>();
        jdbc.sql("select code, name_en, active from sector").query(rs -> {
            states.put(rs.getString("code"), new SectorState(rs.getString("name_en"), rs.getBoolean("active")));
        });
        return states;
    }

    private List<Organisation> organisations(List<Organisation> withoutSectors) {
        if (withoutSectors.isEmpty()) {
            return withoutSectors;
        }
        Map<UUID, List<String>> sectors = new HashMap<>();
        jdbc.sql("select os.organisation_id, os.sector_code from organisation_sector os"
                        + " join sector s on s.code = os.sector_code"
                        + " where os.organisation_id in (:ids) order by s.position, s.code")
                .param("ids", withoutSectors.stream().map(Organisation::id).toList())
                .query(rs -> {
                    sectors.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        Map<UUID, Organisation> ordered = new LinkedHashMap<>();
        for (Organisation o : withoutSectors) {
            ordered.put(
                    o.id(),
                    new Organisation(
                            o.id(),
                            o.name(),
                            o.kind(),
                            o.status(),
                            List.copyOf(sectors.getOrDefault(o.id(), List.of())),
                            o.region(),
                            o.website(),
                            o.contactName(),
                            o.contactEmail(),
                            o.contactPhone(),
                            o.createdAt(),
                            o.updatedAt(),
                            o.approvedAt()));
        }
        return new ArrayList<>(ordered.values());
    }

    private Organisation row(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                OrganisationStatus.valueOf(rs.getString("status")),
                List.of(),
                rs.getString("region"),
                rs.getString("website"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getObject("approved_at") == null ? null : instant(rs, "approved_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds; events and rows must agree on the instant
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record SectorState(String nameEn, boolean active) {}
}
