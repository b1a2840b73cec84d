package org.bulwark.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.ActionCard;
import org.bulwark.incidents.ActiveAlert;
import org.bulwark.incidents.AlertAudience;
import org.bulwark.incidents.AlertDraft;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentAlert;
import org.bulwark.incidents.IncidentAlerts;
import org.bulwark.incidents.IncidentChangeRefused;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.StatusLinks;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.LiveEvent;
import org.bulwark.notify.Message;
import org.bulwark.notify.Recipient;
import org.bulwark.notify.Webhooks;
import org.bulwark.partners.Member;
import org.bulwark.partners.Partners;
import org.bulwark.risk.AttackMethods;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alerts in the database. Sending reads the sites inside the incident's zones and the members of their
 * organisations in a few queries, and queues every delivery in batches in the same transaction as the alert, so
 * that the alert and its deliveries exist together or not at all.
 */
@Service
@Transactional
class JdbcIncidentAlerts implements IncidentAlerts {

    static final String TOPIC = "alert";
    static final String LIVE_EVENT = "alert";
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    // sites listed per organisation in a banner, an e-mail or a text message; the rest are counted
    static final int SITES_LISTED = 50;
    static final int SMS_SITES_LISTED = 3;
    static final int SMS_TEXT = 300;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Incidents incidents;
    private final Sites sites;
    private final Partners partners;
    private final Readers readers;
    private final AttackMethods methods;
    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final MessageSource messages;
    private final ObjectProvider<StatusLinks> statusLinks;
    private final Clock clock = Clock.systemUTC();

    JdbcIncidentAlerts(
            JdbcClient jdbc,
            JdbcTemplate batches,
            Incidents incidents,
            Sites sites,
            Partners partners,
            Readers readers,
            AttackMethods methods,
            Deliveries deliveries,
            Webhooks webhooks,
            MessageSource messages,
            ObjectProvider<StatusLinks> statusLinks) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.incidents = incidents;
        this.sites = sites;
        this.partners = partners;
        this.readers = readers;
        this.methods = methods;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.messages = messages;
        this.statusLinks = statusLinks;
    }

    @Override
    @Transactional(readOnly = true)
    public ActionCard suggestedCard(UUID incident, BulwarkUser reader) {
        Incident found = incidents.get(incident, reader);
        Set<ZoneKind> kinds = EnumSet.noneOf(ZoneKind.class);
        found.zones().forEach(zone -> kinds.add(zone.kind()));
        return ActionCard.suggested(found.type(), kinds);
    }

    @Override
    @Transactional(readOnly = true)
    public AlertAudience audience(UUID incident, BulwarkUser coordinator) {
        onlyCoordinatorsSendAlerts(coordinator);
        incidents.get(incident, coordinator);
        Map<UUID, UUID> affected = affected(incident);
        Set<UUID> organisations = organisations(affected);
        List<Member> members = partners.membersOf(organisations);
        int inApp = 0;
        int email = 0;
        int sms = 0;
        for (Member member : members) {
            inApp += member.accountId() == null ? 0 : 1;
            email += member.email() == null || member.email().isBlank() ? 0 : 1;
            sms += member.phone() == null || member.phone().isBlank() ? 0 : 1;
        }
        return new AlertAudience(affected.size(), organisations.size(), members.size(), inApp, email, sms);
    }

    @Override
    public IncidentAlert send(UUID incident, AlertDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsSendAlerts(coordinator);
        lockActive(incident);
        Incident current = incidents.get(incident, coordinator);
        List<InvalidIncident.Problem> problems = new ArrayList<>();
        ActionCard card = card(draft.card(), problems);
        String title = draft.title() == null ? "" : draft.title().strip().replaceAll("[\\r\\n]+", " ");
        if (title.isEmpty()) {
            problems.add(new InvalidIncident.Problem("title", "is required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new InvalidIncident.Problem("title", "must be at most " + TITLE_MAX + " characters"));
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            problems.add(new InvalidIncident.Problem("text", "is required: what the people at the sites are to do"));
        } else if (text.length() > TEXT_MAX) {
            problems.add(new InvalidIncident.Problem("text", "must be at most " + TEXT_MAX + " characters"));
        }
        Map<UUID, UUID> affected = affected(incident);
        if (affected.isEmpty()) {
            problems.add(new InvalidIncident.Problem(
                    "zones", "no registered site is inside the incident's zones, so there is nobody to alert"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIncident(problems);
        }
        Map<UUID, String> names = new HashMap<>();
        sites.findAllById(affected.keySet())
                .forEach(site -> names.put(site.id(), site.details().name()));
        // sites removed from the registry since the zone was drawn are no longer affected
        affected.keySet().retainAll(names.keySet());
        Map<UUID, List<UUID>> sitesByOrganisation = new LinkedHashMap<>();
        affected.forEach((site, organisation) -> {
            if (organisation != null) {
                sitesByOrganisation
                        .computeIfAbsent(organisation, key -> new ArrayList<>())
                        .add(site);
            }
        });
        sitesByOrganisation
                .values()
                .forEach(list ->
                        list.sort(Comparator.comparing(site -> names.get(site), String.CASE_INSENSITIVE_ORDER)));
        List<Member> members = partners.membersOf(sitesByOrganisation.keySet());

        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into incident_alert (id, incident_id, card, title, body, sent_by, sent_by_name, sent_at,"
                        + " site_count, recipient_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        incident,
                        card.name(),
                        title,
                        text,
                        coordinator.accountId(),
                        coordinator.displayName(),
                        utc(now),
                        affected.size(),
                        members.size())
                .update();
        List<Map.Entry<UUID, UUID>> rows = new ArrayList<>(affected.entrySet());
        batches.batchUpdate(
                "insert into incident_alert_site (alert_id, site_id, organisation_id) values (?, ?, ?)",
                rows,
                1000,
                (statement, row) -> {
                    statement.setObject(1, id);
                    statement.setObject(2, row.getKey());
                    statement.setObject(3, row.getValue());
                });

        Locale locale = LocaleContextHolder.getLocale();
        String linkPath = "/incidents/" + incident;
        String incidentLine = messages.getMessage(
                "alerts.mail.incident", new Object[] {typeName(current.type(), locale), current.place()}, locale);
        StatusLinks links = statusLinks.getIfAvailable();
        // one link per site, shared by its organisation's operators, so that they share one e-mail as well
        Map<UUID, String> siteLinks = links == null ? Map.of() : links.operatorLinks(incident, affected);
        Map<UUID, List<Member>> membersByOrganisation = new HashMap<>();
        members.forEach(m -> membersByOrganisation
                .computeIfAbsent(m.organisation(), key -> new ArrayList<>())
                .add(m));
        List<Deliveries.Addressed> outgoing = new ArrayList<>();
        sitesByOrganisation.forEach((organisation, siteIds) -> {
            List<Member> people = membersByOrganisation.getOrDefault(organisation, List.of());
            if (people.isEmpty()) {
                return;
            }
            List<String> siteNames = siteIds.stream().map(names::get).toList();
            String sitesLine = messages.getMessage("alerts.mail.sites", new Object[] {listed(siteNames)}, locale);
            String mailText = text + "\n\n" + incidentLine + "\n" + sitesLine;
            LiveEvent banner = new LiveEvent(LIVE_EVENT, banner(id, current, title, text, now, siteIds, names));
            String smsText = cut(text, SMS_TEXT) + "\n" + incidentLine + "\n"
                    + messages.getMessage(
                            "alerts.mail.sites",
                            new Object[] {
                                listed(siteNames.subList(0, Math.min(SMS_SITES_LISTED, siteNames.size())))
                                        + (siteNames.size() > SMS_SITES_LISTED
                                                ? " (+" + (siteNames.size() - SMS_SITES_LISTED) + ")"
                                                : "")
                            },
                            locale);
            String operatorLinks = statusLinks(siteIds, names, siteLinks, locale);
            List<Recipient> inApp = new ArrayList<>();
            List<Recipient> linked = new ArrayList<>();
            List<Recipient> shared = new ArrayList<>();
            List<Recipient> sms = new ArrayList<>();
            for (Member member : people) {
                if (member.accountId() != null) {
                    inApp.add(Recipient.inApp(member.accountId()));
                }
                if (member.phone() != null && !member.phone().isBlank()) {
                    sms.add(Recipient.sms(member.accountId(), member.phone()));
                }
                if (member.email() == null || member.email().isBlank()) {
                    continue;
                }
                Recipient email = Recipient.email(member.accountId(), member.email());
                // the status links go to the organisation's people with an account, as they did one by one
                if (member.accountId() == null || operatorLinks.isEmpty()) {
                    shared.add(email);
                } else {
                    linked.add(email);
                }
            }
            outgoing.add(new Deliveries.Addressed(new Message(id, TOPIC, title, text, linkPath, banner), inApp));
            outgoing.add(new Deliveries.Addressed(
                    new Message(id, TOPIC, title, mailText + "\n\n" + operatorLinks, linkPath, null), linked));
            outgoing.add(new Deliveries.Addressed(new Message(id, TOPIC, title, mailText, linkPath, null), shared));
            outgoing.add(new Deliveries.Addressed(new Message(id, TOPIC, title, smsText, null, null), sms));
        });
        deliveries.queueAll(outgoing);
        webhooks.publish(Webhooks.ALERT_ISSUED, id, alertIssued(id, current, card, title, text, now, affected.size()));
        jdbc.sql("insert into incident_timeline (id, incident_id, happened_at, actor_id, actor_name, what, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        incident,
                        utc(now),
                        coordinator.accountId(),
                        coordinator.displayName(),
                        TimelineEntry.What.ALERT_SENT.name(),
                        cut(
                                messages.getMessage(
                                        "alerts.timeline.detail",
                                        new Object[] {title, affected.size(), members.size()},
                                        locale),
                                2000))
                .update();
        return new IncidentAlert(
                id, incident, card, title, text, coordinator.displayName(), now, affected.size(), members.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentAlert> alerts(UUID incident, BulwarkUser reader) {
        onlyStaffReadAlerts(reader);
        incidents.get(incident, reader);
        return jdbc.sql("select * from incident_alert where incident_id = ? order by sent_at desc, id")
                .param(incident)
                .query((rs, n) -> alert(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public IncidentAlert alert(UUID incident, UUID alert, BulwarkUser reader) {
        onlyStaffReadAlerts(reader);
        incidents.get(incident, reader);
        return jdbc.sql("select * from incident_alert where incident_id = ? and id = ?")
                .params(incident, alert)
                .query((rs, n) -> alert(rs))
                .optional()
                .orElseThrow(() -> new IncidentNotFound(alert));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActiveAlert> activeFor(BulwarkUser reader) {
        Assert.notNull(reader, "reader must not be null");
        if (reader.role() == Role.INTEGRATION) {
            return List.of();
        }
        UUID organisation = readers.reader(reader.accountId(), reader.role()).organisation();
        if (organisation == null) {
            return List.of();
        }
        record Row(UUID alert, UUID incident, String title, String text, String place, Instant sentAt, UUID site) {}
        List<Row> rows = jdbc.sql("select a.id, a.incident_id, a.title, a.body, i.place, a.sent_at, s.site_id"
                        + " from incident_alert a join incident i on i.id = a.incident_id"
                        + " join incident_alert_site s on s.alert_id = a.id"
                        + " where s.organisation_id = ? and a.sent_at > ? and i.status = 'ACTIVE'"
                        + " order by a.sent_at desc, a.id")
                .params(organisation, utc(clock.instant().minus(SHOWN_FOR)))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("place"),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("site_id", UUID.class)))
                .list();
        Map<UUID, String> names = new HashMap<>();
        sites.findAllById(rows.stream().map(Row::site).distinct().toList())
                .forEach(site -> names.put(site.id(), site.details().name()));
        Map<UUID, List<Row>> byAlert = new LinkedHashMap<>();
        rows.forEach(row ->
                byAlert.computeIfAbsent(row.alert(), key -> new ArrayList<>()).add(row));
        List<ActiveAlert> active = new ArrayList<>();
        byAlert.forEach((alert, list) -> {
            Row first = list.get(0);
            List<ActiveAlert.Site> listed = list.stream()
                    .filter(row -> names.containsKey(row.site()))
                    .map(row -> new ActiveAlert.Site(row.site(), names.get(row.site())))
                    .sorted(Comparator.comparing(ActiveAlert.Site::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            active.add(new ActiveAlert(
                    alert,
                    first.incident(),
                    first.title(),
                    first.text(),
                    first.place(),
                    first.sentAt(),
                    listed.subList(0, Math.min(SITES_LISTED, listed.size())),
                    Math.max(0, listed.size() - SITES_LISTED)));
        });
        return active;
    }

    /** The banner of an organisation's operators: what the page shows, without asking the server again. */
    static String banner(
            UUID alert,
            Incident incident,
            String title,
            String text,
            Instant sentAt,
            List<UUID> siteIds,
            Map<UUID, String> names) {
        ObjectNode banner = JsonNodeFactory.instance.objectNode();
        banner.put("alert", alert.toString());
        banner.put("incident", incident.id().toString());
        banner.put("title", title);
        banner.put("text", text);
        banner.put("place", incident.place());
        banner.put("sentAt", sentAt.toString());
        ArrayNode listed = banner.putArray("sites");
        for (UUID site : siteIds.subList(0, Math.min(SITES_LISTED, siteIds.size()))) {
            listed.addObject().put("id", site.toString()).put("name", names.get(site));
        }
        banner.put("moreSites", Math.max(0, siteIds.size() - SITES_LISTED));
        return banner.toString();
    }

    private static String alertIssued(
            UUID alert, Incident incident, ActionCard card, String title, String text, Instant sentAt, int sites) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("alert", alert.toString());
        data.put("incident", incident.id().toString());
        data.put("card", card.name());
        data.put("title", title);
        data.put("text", text);
        data.put("sentAt", sentAt.toString());
        data.put("sites", sites);
        ArrayNode zones = data.putArray("zones");
        incident.zones().forEach(zone -> zones.add(zone.id().toString()));
        return data.toString();
    }

    /** The status-link lines of an organisation's e-mail, one per site listed, or empty when there are none. */
    private String statusLinks(List<UUID> siteIds, Map<UUID, String> names, Map<UUID, String> links, Locale locale) {
        StringBuilder lines = new StringBuilder();
        for (UUID site : siteIds.subList(0, Math.min(SITES_LISTED, siteIds.size()))) {
            String link = links.get(site);
            if (link != null) {
                lines.append(messages.getMessage(
                                "alerts.mail.statusLink", new Object[] {names.get(site), link}, locale))
                        .append('\n');
            }
        }
        return lines.toString().strip();
    }

    private static String listed(List<String> names) {
        List<String> shown = names.subList(0, Math.min(SITES_LISTED, names.size()));
        String list = String.join(", ", shown);
        return names.size() > shown.size() ? list + " (+" + (names.size() - shown.size()) + ")" : list;
    }

    private String typeName(String type, Locale locale) {
        return methods.active().stream()
                .filter(method -> method.code().equals(type))
                .map(method -> method.name(locale))
                .findFirst()
                .orElseGet(() -> messages.getMessage("incidents.type.other", null, locale));
    }

    private static ActionCard card(@Nullable String card, List<InvalidIncident.Problem> problems) {
        String name = card == null ? "" : card.strip();
        for (ActionCard candidate : ActionCard.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        List<String> names =
                EnumSet.allOf(ActionCard.class).stream().map(Enum::name).toList();
        problems.add(new InvalidIncident.Problem(
                "card",
                (name.isEmpty() ? "is required" : "'" + name + "' is not an action card") + ": one of "
                        + String.join(", ", names)));
        return ActionCard.LOCKDOWN;
    }

    /** The sites inside the incident's zones, each once, with its organisation (null for a site of none). */
    private Map<UUID, UUID> affected(UUID incident) {
        Map<UUID, UUID> affected = new LinkedHashMap<>();
        jdbc.sql("select site_id, organisation_id from incident_affected_site where incident_id = ?")
                .param(incident)
                .query(rs -> {
                    affected.put(rs.getObject("site_id", UUID.class), rs.getObject("organisation_id", UUID.class));
                });
        return affected;
    }

    private static Set<UUID> organisations(Map<UUID, UUID> affected) {
        Set<UUID> organisations = new LinkedHashSet<>();
        affected.values().stream().filter(o -> o != null).forEach(organisations::add);
        return organisations;
    }

    private void lockActive(UUID incident) {
        List<String> status = jdbc.sql("select status from incident where id = ? for update")
                .param(incident)
                .query(String.class)
                .list();
        if (status.isEmpty()) {
            throw new IncidentNotFound(incident);
        }
        if (!"ACTIVE".equals(status.get(0))) {
            throw new IncidentChangeRefused("the incident is closed; no alert can be sent about it");
        }
    }

    private static void onlyCoordinatorsSendAlerts(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators send alerts");
        }
    }

    private static void onlyStaffReadAlerts(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (!user.hasRole(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR)) {
            throw new IncidentsNotPermitted("the alerts of an incident are for coordinators, analysts and advisors");
        }
    }

    private static IncidentAlert alert(ResultSet rs) throws SQLException {
        return new IncidentAlert(
                rs.getObject("id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                ActionCard.valueOf(rs.getString("card")),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("sent_by_name"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                rs.getInt("site_count"),
                rs.getInt("recipient_count"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
