package org.bulwark.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.AlertChangeRefused;
import org.bulwark.engagement.AlertDraft;
import org.bulwark.engagement.AlertMessage;
import org.bulwark.engagement.AlertNotFound;
import org.bulwark.engagement.AlertScope;
import org.bulwark.engagement.AlertText;
import org.bulwark.engagement.Alerts;
import org.bulwark.engagement.AlertsNotPermitted;
import org.bulwark.engagement.InvalidAlert;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.Zone;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.interop.Cap;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.sites.SitesInZone;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Alerts in the database. Each message is stored whole when it is sent, with the organisations that had a site
 * inside its area at that moment, so that the operators it concerned keep reading the alert, its updates and its
 * cancellation even when sites move later.
 */
@Service
@Transactional
class JdbcAlerts implements Alerts {

    static final List<String> LANGUAGES = List.of("en", "fr");
    static final int MAX_AREAS = 20;
    static final int MAX_LIST = 200;
    static final int MAX_EVENT = 200;
    static final int MAX_HEADLINE = 160;
    static final int MAX_TEXT = 4000;
    static final int MAX_AREA = 500;
    static final int MAX_RESTRICTION = 500;
    static final int MAX_NOTE = 2000;

    private static final Set<Role> READ_ALL = Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.INTEGRATION);

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final SitesInZone sitesInZone;
    private final Sites sites;
    private final Readers readers;
    private final AlertSettings settings;
    private final Clock clock = Clock.systemUTC();

    JdbcAlerts(
            JdbcClient jdbc,
            Incidents incidents,
            SitesInZone sitesInZone,
            Sites sites,
            Readers readers,
            AlertSettings settings) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.sitesInZone = sitesInZone;
        this.sites = sites;
        this.readers = readers;
        this.settings = settings;
    }

    /** An alert draft that passed every check. */
    private record Checked(
            @Nullable UUID incident,
            AlertScope scope,
            @Nullable String restriction,
            Cap.Status status,
            Cap.Category category,
            Cap.Urgency urgency,
            Cap.Severity severity,
            Cap.Certainty certainty,
            Instant expires,
            List<AlertText> texts,
            List<Zone> areas) {}

    @Override
    public Alert issue(AlertDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsSendAlerts(coordinator);
        Instant now = now();
        Checked checked = check(draft, null, coordinator, now);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into alert (id, incident_id, scope, cancelled, last_sent) values (?, ?, ?, false, ?)")
                .params(id, checked.incident(), checked.scope().name(), utc(now))
                .update();
        insertMessage(id, id, 0, Cap.MsgType.ALERT, now, checked, null, coordinator);
        onTimeline(checked, TimelineEntry.What.CAP_ISSUED, coordinator);
        return load(id);
    }

    @Override
    public Alert update(UUID alert, AlertDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsSendAlerts(coordinator);
        Alert current = openForChange(alert);
        Instant now = sentAfter(current);
        Checked checked = check(draft, current, coordinator, now);
        UUID id = UUID.randomUUID();
        insertMessage(id, current.id(), current.messages().size(), Cap.MsgType.UPDATE, now, checked, null, coordinator);
        onTimeline(checked, TimelineEntry.What.CAP_UPDATED, coordinator);
        jdbc.sql("update alert set last_sent = ?, version = version + 1 where id = ?")
                .params(utc(now), current.id())
                .update();
        return load(current.id());
    }

    @Override
    public Alert cancel(UUID alert, @Nullable String note, BulwarkUser coordinator) {
        onlyCoordinatorsSendAlerts(coordinator);
        String reason = note == null || note.isBlank() ? null : note.strip();
        List<InvalidAlert.Problem> problems = new ArrayList<>();
        text(reason, "note", MAX_NOTE, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAlert(problems);
        }
        Alert current = openForChange(alert);
        Instant now = sentAfter(current);
        AlertMessage last = current.latest();
        // the cancellation repeats what it cancels, without the instruction, so that a receiver that shows it alone
        // still tells what is over; "Past" says that no action is needed any more
        Checked checked = new Checked(
                current.incident(),
                last.scope(),
                last.restriction(),
                last.status(),
                last.category(),
                Cap.Urgency.PAST,
                last.severity(),
                last.certainty(),
                last.expires(),
                last.texts().stream()
                        .map(t -> new AlertText(t.language(), t.event(), t.headline(), t.description(), null, t.area()))
                        .toList(),
                last.areas());
        UUID id = UUID.randomUUID();
        insertMessage(
                id, current.id(), current.messages().size(), Cap.MsgType.CANCEL, now, checked, reason, coordinator);
        onTimeline(checked, TimelineEntry.What.CAP_CANCELLED, coordinator);
        jdbc.sql("update alert set cancelled = true, last_sent = ?, version = version + 1 where id = ?")
                .params(utc(now), current.id())
                .update();
        return load(current.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> list(BulwarkUser reader) {
        Assert.notNull(reader, "reader must not be null");
        List<UUID> ids;
        if (READ_ALL.contains(reader.role())) {
            ids = jdbc.sql("select id from alert order by last_sent desc, id limit " + MAX_LIST)
                    .query(UUID.class)
                    .list();
        } else {
            UUID organisation = organisationOf(reader);
            ids = jdbc.sql("select a.id from alert a where a.scope = 'PUBLIC' or exists (select 1 from"
                            + " alert_organisation o join alert_message m on m.id = o.message_id"
                            + " where m.alert_id = a.id and o.organisation_id = ?)"
                            + " order by a.last_sent desc, a.id limit " + MAX_LIST)
                    .param(organisation)
                    .query(UUID.class)
                    .list();
        }
        return ids.stream().map(this::load).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Alert get(UUID message, BulwarkUser reader) {
        Assert.notNull(message, "message must not be null");
        Assert.notNull(reader, "reader must not be null");
        Alert alert = load(alertOf(message));
        if (alert.scope() == AlertScope.PUBLIC || READ_ALL.contains(reader.role())) {
            return alert;
        }
        UUID organisation = organisationOf(reader);
        boolean concerned = organisation != null
                && jdbc.sql("select count(*) from alert_organisation o join alert_message m on m.id = o.message_id"
                                        + " where m.alert_id = ? and o.organisation_id = ?")
                                .params(alert.id(), organisation)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!concerned) {
            throw new AlertNotFound(message);
        }
        return alert;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> publicAlerts(int limit) {
        return jdbc
                .sql("select id from alert where scope = 'PUBLIC' order by last_sent desc, id limit ?")
                .param(Math.max(0, limit))
                .query(UUID.class)
                .list()
                .stream()
                .map(this::load)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Alert publicAlert(UUID message) {
        Assert.notNull(message, "message must not be null");
        Alert alert = load(alertOf(message));
        if (alert.scope() != AlertScope.PUBLIC) {
            throw new AlertNotFound(message);
        }
        return alert;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlertMessage> publicMessages(int limit) {
        record Row(UUID alert, UUID message) {}
        List<Row> rows = jdbc.sql("select m.alert_id, m.id from alert_message m join alert a on a.id = m.alert_id"
                        + " where a.scope = 'PUBLIC' order by m.sent desc, m.position desc limit ?")
                .param(Math.max(0, limit))
                .query((rs, n) -> new Row(rs.getObject("alert_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
        Map<UUID, Alert> alerts = new HashMap<>();
        List<AlertMessage> messages = new ArrayList<>();
        for (Row row : rows) {
            Alert alert = alerts.computeIfAbsent(row.alert(), this::load);
            messages.add(alert.message(row.message()));
        }
        return messages;
    }

    private Checked check(AlertDraft draft, @Nullable Alert current, BulwarkUser coordinator, Instant now) {
        List<InvalidAlert.Problem> problems = new ArrayList<>();
        AlertScope scope = null;
        if (draft.scope() == null || draft.scope().isBlank()) {
            if (current == null) {
                problems.add(new InvalidAlert.Problem("scope", "is required: PUBLIC or RESTRICTED"));
            } else {
                scope = current.scope();
            }
        } else {
            try {
                scope = AlertScope.valueOf(draft.scope().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidAlert.Problem(
                        "scope", "'" + draft.scope() + "' is not a scope; use PUBLIC or RESTRICTED"));
            }
            if (current != null && scope != null && scope != current.scope()) {
                throw new AlertChangeRefused("an update keeps the scope of its alert (" + current.scope()
                        + "); cancel the alert and issue a new one to change who it is for");
            }
        }
        String restriction = text(draft.restriction(), "restriction", MAX_RESTRICTION, false, problems);
        if (scope == AlertScope.RESTRICTED && restriction == null) {
            problems.add(new InvalidAlert.Problem(
                    "restriction", "is required for a restricted alert: say who it is for, e.g. the partner sites"));
        }
        if (scope == AlertScope.PUBLIC) {
            restriction = null;
        }
        Cap.Category category = code(Cap.Category.class, draft.category(), "category", problems);
        Cap.Urgency urgency = code(Cap.Urgency.class, draft.urgency(), "urgency", problems);
        Cap.Severity severity = code(Cap.Severity.class, draft.severity(), "severity", problems);
        Cap.Certainty certainty = code(Cap.Certainty.class, draft.certainty(), "certainty", problems);
        Instant expires = draft.expires() == null ? null : draft.expires().truncatedTo(ChronoUnit.SECONDS);
        if (expires == null) {
            problems.add(new InvalidAlert.Problem("expires", "is required: when the alert stops applying"));
        } else if (!expires.isAfter(now)) {
            problems.add(new InvalidAlert.Problem(
                    "expires", "is in the past (" + Cap.dateTime(expires) + "); give a time after now"));
        }
        List<AlertText> texts = texts(draft.texts(), problems);
        UUID incident = current == null ? draft.incident() : current.incident();
        List<Zone> areas = areas(draft.areas(), incident, coordinator, now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAlert(problems);
        }
        return new Checked(
                incident,
                scope,
                restriction,
                draft.exercise() ? Cap.Status.EXERCISE : Cap.Status.ACTUAL,
                category,
                urgency,
                severity,
                certainty,
                expires,
                texts,
                areas);
    }

    private static List<AlertText> texts(List<AlertDraft.Text> drafts, List<InvalidAlert.Problem> problems) {
        if (drafts.isEmpty()) {
            problems.add(new InvalidAlert.Problem("texts", "at least one text is required, in English or French"));
            return List.of();
        }
        List<AlertText> texts = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            AlertDraft.Text draft = drafts.get(i);
            String prefix = "texts[" + i + "].";
            if (draft == null) {
                problems.add(new InvalidAlert.Problem("texts[" + i + "]", "is required"));
                continue;
            }
            String language =
                    draft.language() == null ? "" : draft.language().strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(language)) {
                problems.add(new InvalidAlert.Problem(
                        prefix + "language", "'" + language + "' is not offered; use one of " + LANGUAGES));
            } else if (!languages.add(language)) {
                problems.add(new InvalidAlert.Problem(prefix + "language", "'" + language + "' is given twice"));
            }
            String event = text(draft.event(), prefix + "event", MAX_EVENT, true, problems);
            String headline = text(draft.headline(), prefix + "headline", MAX_HEADLINE, true, problems);
            String description = text(draft.description(), prefix + "description", MAX_TEXT, true, problems);
            String instruction = text(draft.instruction(), prefix + "instruction", MAX_TEXT, false, problems);
            String area = text(draft.area(), prefix + "area", MAX_AREA, true, problems);
            if (event != null && headline != null && description != null && area != null) {
                texts.add(new AlertText(language, event, headline, description, instruction, area));
            }
        }
        // English first, as receivers that show one language take the first
        texts.sort((a, b) -> Integer.compare(LANGUAGES.indexOf(a.language()), LANGUAGES.indexOf(b.language())));
        return texts;
    }

    private List<Zone> areas(
            List<String> drafts,
            @Nullable UUID incident,
            BulwarkUser coordinator,
            Instant now,
            List<InvalidAlert.Problem> problems) {
        List<Zone> zones = new ArrayList<>();
        if (drafts.isEmpty()) {
            if (incident == null) {
                problems.add(new InvalidAlert.Problem(
                        "areas", "at least one area is required: a polygon or a circle, or an incident with zones"));
                return zones;
            }
            try {
                for (IncidentZone zone : incidents.get(incident, coordinator).zones()) {
                    if (zone.validUntil() == null || zone.validUntil().isAfter(now)) {
                        zones.add(zone.zone());
                    }
                }
            } catch (IncidentNotFound e) {
                problems.add(new InvalidAlert.Problem("incident", "there is no incident " + incident));
                return zones;
            }
            if (zones.isEmpty()) {
                problems.add(new InvalidAlert.Problem(
                        "areas", "the incident has no zone that still applies; give the area of the alert"));
            }
            return zones;
        }
        if (drafts.size() > MAX_AREAS) {
            problems.add(new InvalidAlert.Problem("areas", "at most " + MAX_AREAS + " areas are allowed"));
            return zones;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String geoJson = drafts.get(i);
            if (geoJson == null || geoJson.isBlank()) {
                problems.add(new InvalidAlert.Problem("areas[" + i + "]", "is empty"));
                continue;
            }
            try {
                zones.add(GeoJson.readZone(geoJson));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidAlert.Problem("areas[" + i + "]", e.getMessage()));
            }
        }
        if (incident != null && !incidentExists(incident, coordinator)) {
            problems.add(new InvalidAlert.Problem("incident", "there is no incident " + incident));
        }
        return zones;
    }

    /** Puts the message on the timeline of its incident, if it has one: its first headline and its scope. */
    private void onTimeline(Checked checked, TimelineEntry.What what, BulwarkUser coordinator) {
        if (checked.incident() == null) {
            return;
        }
        String headline =
                checked.texts().isEmpty() ? "" : checked.texts().get(0).headline();
        incidents.recordAlert(
                checked.incident(),
                what,
                "\"" + headline + "\" (" + checked.scope().cap().value() + ")",
                coordinator);
    }

    private boolean incidentExists(UUID incident, BulwarkUser coordinator) {
        try {
            incidents.get(incident, coordinator);
            return true;
        } catch (IncidentNotFound e) {
            return false;
        }
    }

    private static <T extends Enum<T> & Cap.Code> @Nullable T code(
            Class<T> type, @Nullable String value, String field, List<InvalidAlert.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidAlert.Problem(field, "is required: one of " + Cap.choices(type)));
            return null;
        }
        T code = Cap.code(type, value);
        if (code == null) {
            problems.add(new InvalidAlert.Problem(
                    field, "'" + value.strip() + "' is not a CAP " + field + "; use one of " + Cap.choices(type)));
        }
        return code;
    }

    /** The text stripped, or null when blank; a problem when required and blank, too long or not sendable. */
    private static @Nullable String text(
            @Nullable String value, String field, int max, boolean required, List<InvalidAlert.Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new InvalidAlert.Problem(field, "is required"));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(new InvalidAlert.Problem(field, "must be at most " + max + " characters"));
        }
        if (!xmlText(text)) {
            problems.add(new InvalidAlert.Problem(field, "holds control characters that a CAP message cannot carry"));
        }
        return text;
    }

    /** Whether every character may appear in an XML 1.0 document. */
    private static boolean xmlText(String text) {
        return text.codePoints()
                .allMatch(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF));
    }

    private void insertMessage(
            UUID id,
            UUID alert,
            int position,
            Cap.MsgType type,
            Instant sent,
            Checked checked,
            @Nullable String note,
            BulwarkUser coordinator) {
        jdbc.sql("insert into alert_message (id, alert_id, position, identifier, sender, sender_name, sent, status,"
                        + " msg_type, restriction, note, category, urgency, severity, certainty, expires, issued_by,"
                        + " issued_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        alert,
                        position,
                        "urn:uuid:" + id,
                        settings.sender(),
                        settings.senderName(),
                        utc(sent),
                        checked.status().name(),
                        type.name(),
                        checked.restriction(),
                        note,
                        checked.category().name(),
                        checked.urgency().name(),
                        checked.severity().name(),
                        checked.certainty().name(),
                        utc(checked.expires()),
                        coordinator.accountId(),
                        coordinator.displayName())
                .update();
        for (int i = 0; i < checked.texts().size(); i++) {
            AlertText text = checked.texts().get(i);
            jdbc.sql("insert into alert_text (message_id, lang, position, event, headline, description, instruction,"
                            + " area_desc) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            text.language(),
                            i,
                            text.event(),
                            text.headline(),
                            text.description(),
                            text.instruction(),
                            text.area())
                    .update();
        }
        Set<UUID> organisations = new LinkedHashSet<>();
        for (int i = 0; i < checked.areas().size(); i++) {
            Zone zone = checked.areas().get(i);
            jdbc.sql("insert into alert_area (message_id, position, geojson) values (?, ?, ?)")
                    .params(id, i, GeoJson.writeZone(zone).toString())
                    .update();
            for (Site site : sites.findAllById(sitesInZone.inside(zone))) {
                if (site.details().organisationId() != null) {
                    organisations.add(site.details().organisationId());
                }
            }
        }
        for (UUID organisation : organisations) {
            jdbc.sql("insert into alert_organisation (message_id, organisation_id) values (?, ?)")
                    .params(id, organisation)
                    .update();
        }
    }

    /** The alert, locked against concurrent changes, as long as it is not cancelled. */
    private Alert openForChange(UUID message) {
        Assert.notNull(message, "alert must not be null");
        UUID alert = alertOf(message);
        boolean cancelled = jdbc.sql("select cancelled from alert where id = ? for update")
                .param(alert)
                .query(Boolean.class)
                .single();
        if (cancelled) {
            throw new AlertChangeRefused("the alert was cancelled; issue a new alert instead");
        }
        return load(alert);
    }

    /** Now to the second, and never before the alert's last message, so that messages stay in order. */
    private Instant sentAfter(Alert alert) {
        Instant now = now();
        Instant last = alert.latest().sent();
        return now.isBefore(last) ? last : now;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private UUID alertOf(UUID message) {
        return jdbc.sql("select alert_id from alert_message where id = ?")
                .param(message)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new AlertNotFound(message));
    }

    private @Nullable UUID organisationOf(BulwarkUser reader) {
        return readers.reader(reader.accountId(), reader.role()).organisation();
    }

    private static void onlyCoordinatorsSendAlerts(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() != Role.COORDINATOR) {
            throw new AlertsNotPermitted("only coordinators issue, update and cancel alerts");
        }
    }

    private Alert load(UUID id) {
        record Head(@Nullable UUID incident, AlertScope scope) {}
        Head head = jdbc.sql("select incident_id, scope from alert where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Head(rs.getObject("incident_id", UUID.class), AlertScope.valueOf(rs.getString("scope"))))
                .optional()
                .orElseThrow(() -> new AlertNotFound(id));
        Map<UUID, List<AlertText>> texts = new HashMap<>();
        jdbc.sql("select t.message_id, t.lang, t.event, t.headline, t.description, t.instruction, t.area_desc"
                        + " from alert_text t join alert_message m on m.id = t.message_id where m.alert_id = ?"
                        + " order by t.message_id, t.position")
                .param(id)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new ArrayList<>())
                            .add(new AlertText(
                                    rs.getString("lang"),
                                    rs.getString("event"),
                                    rs.getString("headline"),
                                    rs.getString("description"),
                                    rs.getString("instruction"),
                                    rs.getString("area_desc")));
                });
        Map<UUID, List<Zone>> areas = new HashMap<>();
        jdbc.sql("select a.message_id, a.geojson from alert_area a join alert_message m on m.id = a.message_id"
                        + " where m.alert_id = ? order by a.message_id, a.position")
                .param(id)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new ArrayList<>())
                            .add(GeoJson.readZone(rs.getString("geojson")));
                });
        List<AlertMessage> messages = jdbc.sql("select id, alert_id, identifier, sender, sender_name, sent, status,"
                        + " msg_type, restriction, note, category, urgency, severity, certainty, expires,"
                        + " issued_by_name from alert_message where alert_id = ? order by position")
                .param(id)
                .query((rs, n) -> message(rs, head.scope(), texts, areas))
                .list();
        return new Alert(id, head.incident(), head.scope(), messages);
    }

    private static AlertMessage message(
            ResultSet rs, AlertScope scope, Map<UUID, List<AlertText>> texts, Map<UUID, List<Zone>> areas)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new AlertMessage(
                id,
                rs.getObject("alert_id", UUID.class),
                rs.getString("identifier"),
                rs.getString("sender"),
                rs.getString("sender_name"),
                instant(rs, "sent"),
                Cap.Status.valueOf(rs.getString("status")),
                Cap.MsgType.valueOf(rs.getString("msg_type")),
                scope,
                rs.getString("restriction"),
                rs.getString("note"),
                Cap.Category.valueOf(rs.getString("category")),
                Cap.Urgency.valueOf(rs.getString("urgency")),
                Cap.Severity.valueOf(rs.getString("severity")),
                Cap.Certainty.valueOf(rs.getString("certainty")),
                instant(rs, "expires"),
                texts.getOrDefault(id, List.of()),
                areas.getOrDefault(id, List.of()),
                rs.getString("issued_by_name"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
