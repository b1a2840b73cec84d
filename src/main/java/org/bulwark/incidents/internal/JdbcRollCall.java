package org.bulwark.incidents.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.IncidentChangeRefused;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.RollCallCounts;
import org.bulwark.incidents.RollCallPage;
import org.bulwark.incidents.SiteMarker;
import org.bulwark.incidents.SiteNotAffected;
import org.bulwark.incidents.SiteRollCall;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.SiteStatusReported;
import org.bulwark.incidents.StatusDetail;
import org.bulwark.incidents.StatusLinkRefused;
import org.bulwark.incidents.StatusLinkView;
import org.bulwark.incidents.StatusLinks;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.Partners;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The roll-call in the database: the latest answer of each site in {@code incident_site_status}, every answer on the
 * timeline, the nonces of answered links in {@code incident_status_link_use}. Counts and pages are worked out in SQL
 * over the distinct affected sites, so that an incident with ten thousand sites reads as fast as one with ten.
 */
@Service
@Transactional
class JdbcRollCall implements RollCall, StatusLinks {

    static final int MAX_NOTE = 500;
    /** The channels an answer comes through; links are only answered through {@link #answerLink}. */
    static final Set<String> CHANNELS = Set.of("APP", "API");

    private static final Set<Role> READ_ALL = Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);
    private static final Set<Role> ANSWERING = Set.of(Role.COORDINATOR, Role.OPERATOR, Role.INTEGRATION);

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final Sites sites;
    private final Readers readers;
    private final Accounts accounts;
    private final Partners partners;
    private final StatusLinkTokens tokens;
    private final RollCallRecords records;
    private final RollCallSettings settings;
    private final ApplicationEventPublisher events;
    private final OperationsFeed feed;
    private final Clock clock = Clock.systemUTC();

    JdbcRollCall(
            JdbcClient jdbc,
            Incidents incidents,
            Sites sites,
            Readers readers,
            Accounts accounts,
            Partners partners,
            StatusLinkTokens tokens,
            RollCallRecords records,
            RollCallSettings settings,
            ApplicationEventPublisher events,
            OperationsFeed feed) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.sites = sites;
        this.readers = readers;
        this.accounts = accounts;
        this.partners = partners;
        this.tokens = tokens;
        this.records = records;
        this.settings = settings;
        this.events = events;
        this.feed = feed;
    }

    @Override
    public SiteRollCall answer(
            UUID incident, UUID site, SiteStatus status, @Nullable String note, String channel, BulwarkUser who) {
        Assert.notNull(incident, "incident must not be null");
        Assert.notNull(site, "site must not be null");
        Assert.notNull(status, "status must not be null");
        Assert.isTrue(CHANNELS.contains(channel), "channel must be APP or API");
        Assert.notNull(who, "who must not be null");
        if (!ANSWERING.contains(who.role())) {
            throw new IncidentsNotPermitted("only coordinators, and the operators and partner systems of a site's"
                    + " organisation, answer the roll-call");
        }
        String cleanNote = note(note);
        UUID organisation = null;
        if (who.role() != Role.COORDINATOR) {
            organisation = readers.reader(who.accountId(), who.role()).organisation();
            // an incident with no site of the person's organisation is one they cannot see
            if (organisation == null || !concerns(incident, organisation)) {
                throw new IncidentNotFound(incident);
            }
        }
        RollCallRecords.IncidentRow row = records.incident(incident).orElseThrow(() -> new IncidentNotFound(incident));
        if (!isAffected(incident, site)) {
            throw new SiteNotAffected(incident, site);
        }
        Site found = sites.findById(site).orElseThrow(() -> new SiteNotAffected(incident, site));
        if (organisation != null && !organisation.equals(found.details().organisationId())) {
            throw new IncidentsNotPermitted("you answer the roll-call only for your organisation's sites");
        }
        if (row.closed()) {
            throw new IncidentChangeRefused("the incident is closed; its roll-call no longer changes");
        }
        store(incident, found, status, cleanNote, channel, who.accountId(), who.displayName());
        return page(incident, null, false, List.of(site), 0, 1, null).sites().get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public RollCallCounts counts(UUID incident, BulwarkUser reader) {
        UUID organisation = readable(incident, reader);
        Map<String, Object> params = new HashMap<>();
        params.put("incident", incident);
        String ownSites = "";
        if (organisation != null) {
            params.put("organisation", organisation);
            ownSites = " and a.organisation_id = :organisation";
        }
        Map<SiteStatus, Long> byStatus = new EnumMap<>(SiteStatus.class);
        jdbc.sql("select s.status, count(*) as answered from incident_site_status s where s.incident_id = :incident"
                        + " and exists (select 1 from incident_affected_site a where a.incident_id = :incident"
                        + " and a.site_id = s.site_id" + ownSites + ") group by s.status")
                .params(params)
                .query(rs -> {
                    byStatus.put(SiteStatus.valueOf(rs.getString("status")), rs.getLong("answered"));
                });
        long total = jdbc.sql("select count(distinct a.site_id) from incident_affected_site a"
                        + " where a.incident_id = :incident" + ownSites)
                .params(params)
                .query(Long.class)
                .single();
        long answered = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new RollCallCounts(byStatus, Math.max(0, total - answered), total);
    }

    @Override
    @Transactional(readOnly = true)
    public RollCallPage sites(UUID incident, @Nullable SiteStatus status, int page, int size, BulwarkUser reader) {
        UUID organisation = readable(incident, reader);
        return page(incident, status, false, null, page, size, organisation);
    }

    @Override
    @Transactional(readOnly = true)
    public RollCallPage unanswered(UUID incident, int page, int size, BulwarkUser reader) {
        UUID organisation = readable(incident, reader);
        return page(incident, null, true, null, page, size, organisation);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SiteMarker> markers(UUID incident, BulwarkUser reader) {
        onlyOperationsStaff(reader);
        incidents.get(incident, reader);
        Map<UUID, SiteStatus> answers = new HashMap<>();
        jdbc.sql("select site_id, status from incident_site_status where incident_id = ?")
                .param(incident)
                .query(rs -> {
                    answers.put(rs.getObject("site_id", UUID.class), SiteStatus.valueOf(rs.getString("status")));
                });
        List<UUID> affected = jdbc.sql("select distinct site_id from incident_affected_site where incident_id = ?")
                .param(incident)
                .query(UUID.class)
                .list();
        return sites.findAllById(affected).stream()
                .map(site -> new SiteMarker(
                        site.id(),
                        site.details().name(),
                        site.details().location().latitude(),
                        site.details().location().longitude(),
                        answers.get(site.id())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SiteMarker> markers(UUID incident, List<UUID> wanted, BulwarkUser reader) {
        onlyOperationsStaff(reader);
        incidents.get(incident, reader);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<UUID> few = wanted.stream().distinct().limit(MAX_PAGE).toList();
        RollCallPage page = page(incident, null, false, few, 0, few.size(), null);
        Map<UUID, Site> found = new HashMap<>();
        sites.findAllById(few).forEach(site -> found.put(site.id(), site));
        List<SiteMarker> markers = new ArrayList<>();
        for (SiteRollCall row : page.sites()) {
            Site site = found.get(row.site());
            if (site != null) {
                markers.add(new SiteMarker(
                        row.site(),
                        row.name(),
                        site.details().location().latitude(),
                        site.details().location().longitude(),
                        row.status()));
            }
        }
        return markers;
    }

    @Override
    public Duration defaultEscalationWait() {
        return settings.escalationWait();
    }

    @Override
    @Transactional(readOnly = true)
    public Duration escalationWait(UUID incident, BulwarkUser reader) {
        incidents.get(incident, reader);
        return records.incident(incident)
                .orElseThrow(() -> new IncidentNotFound(incident))
                .escalationWait();
    }

    @Override
    public void setEscalationWait(UUID incident, Duration wait, BulwarkUser coordinator) {
        Assert.notNull(coordinator, "coordinator must not be null");
        if (coordinator.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators set how long sites have to answer");
        }
        Assert.notNull(wait, "wait must not be null");
        RollCall.checkedWait((int) Math.min(Integer.MAX_VALUE, wait.toMinutes()));
        RollCallRecords.IncidentRow row = records.incident(incident).orElseThrow(() -> new IncidentNotFound(incident));
        if (row.closed()) {
            throw new IncidentChangeRefused("the incident is closed; its roll-call no longer changes");
        }
        jdbc.sql("update incident set escalation_wait_minutes = ? where id = ?")
                .params(wait.toMinutes(), incident)
                .update();
        records.timeline(
                incident,
                coordinator.accountId(),
                coordinator.displayName(),
                TimelineEntry.What.ESCALATION_WAIT_SET,
                null,
                Long.toString(wait.toMinutes()));
        feed.changed(incident, "escalation");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> linkFor(UUID incident, UUID site, UUID account) {
        Assert.notNull(incident, "incident must not be null");
        Assert.notNull(site, "site must not be null");
        Assert.notNull(account, "account must not be null");
        Optional<RollCallRecords.IncidentRow> row = records.incident(incident);
        if (row.isEmpty() || row.get().closed() || !isAffected(incident, site)) {
            return Optional.empty();
        }
        return Optional.of(records.link(incident, site, StatusLinkTokens.Holder.ACCOUNT, account));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> operatorLinks(UUID incident, Map<UUID, UUID> organisations) {
        Assert.notNull(incident, "incident must not be null");
        Assert.notNull(organisations, "organisations must not be null");
        Optional<RollCallRecords.IncidentRow> row = records.incident(incident);
        if (row.isEmpty() || row.get().closed()) {
            return Map.of();
        }
        // one query for every site, where a link at a time asks once per site
        Set<UUID> affected = new HashSet<>(jdbc.sql("select site_id from incident_affected_site where incident_id = ?")
                .param(incident)
                .query(UUID.class)
                .list());
        Map<UUID, String> links = new HashMap<>();
        organisations.forEach((site, organisation) -> {
            if (organisation != null && affected.contains(site)) {
                links.put(site, records.link(incident, site, StatusLinkTokens.Holder.ORGANISATION, organisation));
            }
        });
        return links;
    }

    @Override
    @Transactional(readOnly = true)
    public StatusLinkView openLink(String token) {
        Usable usable = usable(token);
        return view(usable, null);
    }

    @Override
    public StatusLinkView answerLink(String token, SiteStatus status, @Nullable String note) {
        Assert.notNull(status, "status must not be null");
        Usable usable = usable(token);
        String cleanNote = note(note);
        StatusLinkTokens.Claims claims = usable.claims();
        // the nonce's primary key makes a link answer once, even when it is sent twice at the same moment
        int inserted = jdbc.sql(
                        "insert into incident_status_link_use (nonce, incident_id, site_id, status, answered_by,"
                                + " used_at, expires_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(
                        claims.nonce(),
                        claims.incident(),
                        claims.site(),
                        status.name(),
                        usable.answeredBy(),
                        RollCallRecords.utc(clock.instant()),
                        RollCallRecords.utc(claims.expiresAt()))
                .update();
        if (inserted == 0) {
            throw used(claims.nonce()).orElseThrow();
        }
        UUID account = claims.kind() == StatusLinkTokens.Holder.ACCOUNT ? claims.holder() : null;
        store(claims.incident(), usable.site(), status, cleanNote, "LINK", account, usable.answeredBy());
        return view(usable, status);
    }

    /** What a link says, once it is known to be signed here, unused, unexpired and still open. */
    private record Usable(
            StatusLinkTokens.Claims claims, RollCallRecords.IncidentRow incident, Site site, String answeredBy) {}

    private Usable usable(String token) {
        StatusLinkTokens.Claims claims;
        try {
            claims = tokens.read(token);
        } catch (IllegalArgumentException e) {
            throw new StatusLinkRefused(StatusLinkRefused.Reason.TAMPERED, e.getMessage());
        }
        Optional<StatusLinkRefused> used = used(claims.nonce());
        if (used.isPresent()) {
            throw used.get();
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw new StatusLinkRefused(
                    StatusLinkRefused.Reason.EXPIRED, "the status link expired at " + claims.expiresAt());
        }
        Optional<RollCallRecords.IncidentRow> incident = records.incident(claims.incident());
        Optional<Site> site = sites.findById(claims.site());
        if (incident.isEmpty() || site.isEmpty()) {
            throw new StatusLinkRefused(StatusLinkRefused.Reason.TAMPERED, "the status link names nothing known");
        }
        if (incident.get().closed() || !isAffected(claims.incident(), claims.site())) {
            throw new StatusLinkRefused(
                    StatusLinkRefused.Reason.NO_LONGER_OPEN,
                    "the incident is closed or the site is no longer inside its zones");
        }
        if (claims.kind() == StatusLinkTokens.Holder.ORGANISATION
                && !claims.holder().equals(site.get().details().organisationId())) {
            throw new StatusLinkRefused(
                    StatusLinkRefused.Reason.NO_LONGER_OPEN,
                    "the site is no longer operated by the organisation this link was sent to");
        }
        String answeredBy = holderName(claims)
                .orElseThrow(() -> new StatusLinkRefused(
                        StatusLinkRefused.Reason.NO_LONGER_OPEN, "the person this link was made for cannot answer"));
        return new Usable(claims, incident.get(), site.get(), answeredBy);
    }

    private Optional<StatusLinkRefused> used(String nonce) {
        return jdbc.sql("select status, answered_by, used_at from incident_status_link_use where nonce = ?")
                .param(nonce)
                .query((rs, n) -> new StatusLinkRefused(
                        StatusLinkRefused.Reason.USED,
                        "the status link was used already",
                        new StatusLinkRefused.Answer(
                                SiteStatus.valueOf(rs.getString("status")),
                                rs.getString("answered_by"),
                                RollCallRecords.instant(rs, "used_at"))))
                .optional();
    }

    /**
     * The name recorded for an answer through the link: the account's, the e-mailed contact's, or, for a link its
     * organisation's operators share, the organisation's with the link's own reference, since which of them answered
     * is not known.
     */
    private Optional<String> holderName(StatusLinkTokens.Claims claims) {
        if (claims.kind() == StatusLinkTokens.Holder.ACCOUNT) {
            return accounts.find(claims.holder())
                    .filter(AccountSummary::enabled)
                    .map(AccountSummary::displayName);
        }
        if (claims.kind() == StatusLinkTokens.Holder.ORGANISATION) {
            return partners.find(claims.holder())
                    .filter(organisation -> organisation.status() == OrganisationStatus.APPROVED)
                    .map(organisation -> operatorsLabel(organisation.name(), claims.nonce()));
        }
        return jdbc.sql("select contact_name, recipient, contact_kind from incident_escalation_mail"
                        + " where id = ? and incident_id = ? and site_id = ?")
                .params(claims.holder(), claims.incident(), claims.site())
                .query((rs, n) -> Escalations.contactLabel(
                        rs.getString("contact_name"), rs.getString("recipient"), rs.getString("contact_kind")))
                .optional();
    }

    /** Who answered through a link an organisation's operators share: the organisation, and which link it was. */
    static String operatorsLabel(String organisation, String nonce) {
        // the reference stays whole within the 200 characters a name is recorded with
        return "Operators of " + RollCallRecords.cut(organisation, 150) + " (shared status link "
                + nonce.substring(0, 8) + ")";
    }

    private StatusLinkView view(Usable usable, @Nullable SiteStatus answered) {
        return new StatusLinkView(
                usable.incident().type(),
                usable.incident().place(),
                usable.site().details().name(),
                usable.site().details().address(),
                usable.claims().expiresAt(),
                answered);
    }

    private void store(
            UUID incident,
            Site site,
            SiteStatus status,
            @Nullable String note,
            String channel,
            @Nullable UUID account,
            String name) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("insert into incident_site_status (incident_id, site_id, status, note, reported_at,"
                        + " reported_by, reported_by_name, channel) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(
                        incident,
                        site.id(),
                        status.name(),
                        note,
                        RollCallRecords.utc(now),
                        account,
                        RollCallRecords.cut(name, 200),
                        channel)
                .update();
        if (inserted == 0) {
            jdbc.sql("update incident_site_status set status = ?, note = ?, reported_at = ?, reported_by = ?,"
                            + " reported_by_name = ?, channel = ? where incident_id = ? and site_id = ?")
                    .params(
                            status.name(),
                            note,
                            RollCallRecords.utc(now),
                            account,
                            RollCallRecords.cut(name, 200),
                            channel,
                            incident,
                            site.id())
                    .update();
        }
        records.timeline(
                incident,
                account,
                name,
                TimelineEntry.What.STATUS_REPORTED,
                site.id(),
                StatusDetail.of(status, channel, note));
        events.publishEvent(new SiteStatusReported(incident, site.id(), status));
        feed.statusChanged(incident, site.id(), site.details().organisationId(), status);
    }

    /**
     * One page of distinct affected sites with their answers.
     *
     * @param only these sites, or null for all
     * @param organisation only the sites of this organisation, or null for all
     */
    private RollCallPage page(
            UUID incident,
            @Nullable SiteStatus status,
            boolean unansweredOnly,
            @Nullable List<UUID> only,
            int page,
            int size,
            @Nullable UUID organisation) {
        int pageSize = Math.min(MAX_PAGE, Math.max(1, size));
        int number = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        params.put("incident", incident);
        StringBuilder affected =
                new StringBuilder("select site_id, min(affected_at) as affected_at from incident_affected_site"
                        + " where incident_id = :incident");
        if (organisation != null) {
            affected.append(" and organisation_id = :organisation");
            params.put("organisation", organisation);
        }
        if (only != null) {
            affected.append(" and site_id in (:only)");
            params.put("only", only);
        }
        affected.append(" group by site_id");
        StringBuilder from = new StringBuilder(" from (")
                .append(affected)
                .append(") a left join incident_site_status s on s.incident_id = :incident and s.site_id = a.site_id"
                        + " left join incident_escalation e on e.incident_id = :incident and e.site_id = a.site_id");
        if (unansweredOnly) {
            from.append(" where s.status is null");
        } else if (status != null) {
            from.append(" where s.status = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", pageSize);
        params.put("offset", (long) number * pageSize);
        record Row(
                UUID site,
                Instant affectedAt,
                @Nullable SiteStatus status,
                @Nullable String note,
                @Nullable Instant reportedAt,
                @Nullable String reportedBy,
                @Nullable String channel,
                @Nullable Instant escalatedAt) {}
        List<Row> rows = jdbc.sql("select a.site_id, a.affected_at, s.status, s.note, s.reported_at,"
                        + " s.reported_by_name, s.channel, e.escalated_at" + from
                        + (unansweredOnly ? " order by a.affected_at, a.site_id" : " order by a.site_id")
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject("site_id", UUID.class),
                        RollCallRecords.instant(rs, "affected_at"),
                        rs.getString("status") == null ? null : SiteStatus.valueOf(rs.getString("status")),
                        rs.getString("note"),
                        RollCallRecords.nullableInstant(rs, "reported_at"),
                        rs.getString("reported_by_name"),
                        rs.getString("channel"),
                        RollCallRecords.nullableInstant(rs, "escalated_at")))
                .list();
        Map<UUID, String> names = new HashMap<>();
        sites.findAllById(rows.stream().map(Row::site).toList())
                .forEach(site -> names.put(site.id(), site.details().name()));
        List<SiteRollCall> found = rows.stream()
                .map(row -> new SiteRollCall(
                        row.site(),
                        // a site removed from the registry since keeps its identifier as its name
                        names.getOrDefault(row.site(), row.site().toString()),
                        row.affectedAt(),
                        row.status(),
                        row.note(),
                        row.reportedAt(),
                        row.reportedBy(),
                        row.channel(),
                        row.escalatedAt()))
                .toList();
        return new RollCallPage(found, total, number, pageSize);
    }

    /**
     * Checks that the person may read the incident's roll-call.
     *
     * @return the organisation whose sites alone they see, or null when they see every site
     */
    private @Nullable UUID readable(UUID incident, BulwarkUser reader) {
        Assert.notNull(incident, "incident must not be null");
        incidents.get(incident, reader);
        if (READ_ALL.contains(reader.role())) {
            return null;
        }
        UUID organisation = readers.reader(reader.accountId(), reader.role()).organisation();
        return organisation == null ? new UUID(0, 0) : organisation;
    }

    private static void onlyOperationsStaff(BulwarkUser reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!READ_ALL.contains(reader.role())) {
            throw new IncidentsNotPermitted("the operations picture is for coordinators, analysts and advisors");
        }
    }

    private boolean concerns(UUID incident, UUID organisation) {
        return jdbc.sql("select count(*) from incident_affected_site where incident_id = ? and organisation_id = ?")
                        .params(incident, organisation)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean isAffected(UUID incident, UUID site) {
        return jdbc.sql("select count(*) from incident_affected_site where incident_id = ? and site_id = ?")
                        .params(incident, site)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String line = note.strip().replaceAll("[\\r\\n]+", " ");
        if (line.length() > MAX_NOTE) {
            throw new InvalidIncident(
                    List.of(new InvalidIncident.Problem("note", "must be at most " + MAX_NOTE + " characters")));
        }
        return line;
    }
}
