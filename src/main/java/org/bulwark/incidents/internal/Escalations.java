package org.bulwark.incidents.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.notify.Notifications;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.Partners;
import org.bulwark.risk.AttackMethods;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates the sites that leave an incident's roll-call unanswered past its wait. A site's secondary contacts are the
 * people the registry names for it besides the operators of its organisation, who were alerted first: the site's own
 * contact (the person to call about the site) and its organisation's contact in the partner directory. Each gets one
 * e-mail with a signed status link of their own, so that they can answer for the site without an account. Each site
 * is escalated once per incident and recorded on the timeline once; e-mails the mail server does not take are tried
 * again with a growing wait. Only one node runs this at a time, under the lock of the {@code escalation} row of
 * {@code incident_job}.
 */
@Component
class Escalations {

    /** The name under which escalations are recorded on the timeline. */
    static final String ACTOR = "Bulwark";

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final int BATCH = 500;
    private static final int MAILS_PER_RUN = 200;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Sites sites;
    private final Partners partners;
    private final RollCallRecords records;
    private final OperationsFeed feed;
    private final JavaMailSender mail;
    private final RollCallSettings settings;
    private final MessageSource messages;
    private final Notifications notifications;
    private final AttackMethods methods;
    private final Clock clock = Clock.systemUTC();

    Escalations(
            JdbcClient jdbc,
            Sites sites,
            Partners partners,
            RollCallRecords records,
            OperationsFeed feed,
            JavaMailSender mail,
            RollCallSettings settings,
            MessageSource messages,
            Notifications notifications,
            AttackMethods methods) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.partners = partners;
        this.records = records;
        this.feed = feed;
        this.mail = mail;
        this.settings = settings;
        this.messages = messages;
        this.notifications = notifications;
        this.methods = methods;
    }

    /**
     * Escalates every site of an active incident that has not answered within the incident's wait, counted from when
     * the site came inside a zone, and queues the e-mails to its secondary contacts. Does nothing while another node
     * runs it.
     *
     * @return how many sites were escalated
     */
    @Transactional
    public int escalateOverdue(Instant at) {
        // stored times keep microseconds, rounded: a moment with nanoseconds could be stored after itself
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        if (!locked()) {
            return 0;
        }
        record Active(UUID id, Duration escalationWait) {}
        List<Active> active = jdbc.sql("select id, escalation_wait_minutes from incident where status = 'ACTIVE'")
                .query((rs, n) -> new Active(
                        rs.getObject("id", UUID.class), Duration.ofMinutes(rs.getInt("escalation_wait_minutes"))))
                .list();
        int escalated = 0;
        for (Active incident : active) {
            int done = escalate(incident.id(), now.minus(incident.escalationWait()), now);
            if (done > 0) {
                feed.changed(incident.id(), "escalation");
            }
            escalated += done;
        }
        jdbc.sql("update incident_job set last_run_at = ? where name = 'escalation'")
                .param(RollCallRecords.utc(now))
                .update();
        // an answered link's nonce is only needed while the link could still be replayed
        jdbc.sql("delete from incident_status_link_use where expires_at < ?")
                .param(RollCallRecords.utc(now.minus(Duration.ofDays(7))))
                .update();
        return escalated;
    }

    private int escalate(UUID incident, Instant affectedBefore, Instant now) {
        int escalated = 0;
        while (true) {
            List<UUID> overdue = jdbc.sql("select a.site_id from (select site_id, min(affected_at) as affected_at"
                            + " from incident_affected_site where incident_id = :incident group by site_id) a"
                            + " where a.affected_at <= :before"
                            + " and not exists (select 1 from incident_site_status s where s.incident_id = :incident"
                            + " and s.site_id = a.site_id)"
                            + " and not exists (select 1 from incident_escalation e where e.incident_id = :incident"
                            + " and e.site_id = a.site_id)"
                            + " order by a.affected_at, a.site_id limit :batch")
                    .param("incident", incident)
                    .param("before", RollCallRecords.utc(affectedBefore))
                    .param("batch", BATCH)
                    .query(UUID.class)
                    .list();
            if (overdue.isEmpty()) {
                return escalated;
            }
            Map<UUID, Site> found = new HashMap<>();
            sites.findAllById(overdue).forEach(site -> found.put(site.id(), site));
            Map<UUID, Optional<Organisation>> organisations = new HashMap<>();
            for (UUID siteId : overdue) {
                jdbc.sql("insert into incident_escalation (incident_id, site_id, escalated_at) values (?, ?, ?)")
                        .params(incident, siteId, RollCallRecords.utc(now))
                        .update();
                Site site = found.get(siteId);
                List<Contact> contacts = site == null ? List.of() : contacts(site, organisations);
                for (Contact contact : contacts) {
                    jdbc.sql("insert into incident_escalation_mail (id, incident_id, site_id, contact_kind,"
                                    + " contact_name, recipient, status, attempts, next_attempt_at)"
                                    + " values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)")
                            .params(
                                    UUID.randomUUID(),
                                    incident,
                                    siteId,
                                    contact.kind(),
                                    contact.name(),
                                    contact.email(),
                                    RollCallRecords.utc(now))
                            .update();
                }
                records.timeline(
                        incident,
                        null,
                        ACTOR,
                        TimelineEntry.What.ESCALATED,
                        siteId,
                        contacts.isEmpty()
                                ? null
                                : String.join(
                                        ", ",
                                        contacts.stream()
                                                .map(c -> contactLabel(c.name(), c.email(), c.kind()))
                                                .toList()));
                escalated++;
            }
        }
    }

    /** A secondary contact of a site with an e-mail address. */
    private record Contact(String kind, @Nullable String name, String email) {}

    private List<Contact> contacts(Site site, Map<UUID, Optional<Organisation>> organisations) {
        Map<String, Contact> byAddress = new LinkedHashMap<>();
        String siteEmail = site.details().contact().email();
        if (siteEmail != null && !siteEmail.isBlank()) {
            byAddress.put(
                    siteEmail.strip().toLowerCase(Locale.ROOT),
                    new Contact("SITE", site.details().contact().name(), siteEmail.strip()));
        }
        UUID organisationId = site.details().organisationId();
        if (organisationId != null) {
            Optional<Organisation> organisation = organisations.computeIfAbsent(organisationId, partners::find);
            organisation
                    .filter(o -> o.contactEmail() != null && !o.contactEmail().isBlank())
                    .ifPresent(o -> byAddress.putIfAbsent(
                            o.contactEmail().strip().toLowerCase(Locale.ROOT),
                            new Contact(
                                    "ORGANISATION",
                                    o.contactName(),
                                    o.contactEmail().strip())));
        }
        return new ArrayList<>(byAddress.values());
    }

    /** How a secondary contact is named on the timeline and as the one who answered through their link. */
    static String contactLabel(@Nullable String name, String email, String kind) {
        String who = name == null || name.isBlank() ? email : name.strip();
        return who + ("SITE".equals(kind) ? " (site contact)" : " (organisation contact)");
    }

    /**
     * Sends the escalation e-mails that are due, each with a fresh status link; an e-mail the server does not take is
     * tried again later, up to the configured number of attempts.
     *
     * @return how many were sent
     */
    @Transactional
    public int sendDue(Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        record Due(
                UUID id,
                UUID incident,
                UUID site,
                String kind,
                @Nullable String name,
                String recipient,
                int attempts) {}
        List<Due> due = jdbc.sql("select id, incident_id, site_id, contact_kind, contact_name, recipient, attempts"
                        + " from incident_escalation_mail where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at limit " + MAILS_PER_RUN + " for update skip locked")
                .param(RollCallRecords.utc(now))
                .query((rs, n) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getObject("incident_id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getString("contact_kind"),
                        rs.getString("contact_name"),
                        rs.getString("recipient"),
                        rs.getInt("attempts")))
                .list();
        int sent = 0;
        for (Due one : due) {
            Optional<RollCallRecords.IncidentRow> incident = records.incident(one.incident());
            Optional<Site> site = sites.findById(one.site());
            if (incident.isEmpty() || incident.get().closed() || site.isEmpty()) {
                jdbc.sql("update incident_escalation_mail set status = 'FAILED', last_error = ?,"
                                + " next_attempt_at = null where id = ?")
                        .params("The incident was closed, or the site removed, before the e-mail went out.", one.id())
                        .update();
                continue;
            }
            String link = records.link(one.incident(), one.site(), StatusLinkTokens.Holder.CONTACT, one.id());
            try {
                mail.send(message(one.recipient(), one.name(), incident.get(), site.get(), link, now));
                jdbc.sql("update incident_escalation_mail set status = 'SENT', attempts = attempts + 1,"
                                + " sent_at = ?, last_error = null, next_attempt_at = null where id = ?")
                        .params(RollCallRecords.utc(now), one.id())
                        .update();
                sent++;
            } catch (MailException e) {
                int attempts = one.attempts() + 1;
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                boolean giveUp = attempts >= settings.mailAttempts();
                if (giveUp) {
                    log.warn("Gave up the escalation e-mail {} after {} attempts: {}", one.id(), attempts, error);
                }
                jdbc.sql("update incident_escalation_mail set status = ?, attempts = ?, last_error = ?,"
                                + " next_attempt_at = ? where id = ?")
                        .params(
                                giveUp ? "FAILED" : "PENDING",
                                attempts,
                                error.length() > 1000 ? error.substring(0, 1000) : error,
                                giveUp
                                        ? null
                                        : RollCallRecords.utc(now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)))),
                                one.id())
                        .update();
            }
        }
        return sent;
    }

    private SimpleMailMessage message(
            String recipient,
            @Nullable String name,
            RollCallRecords.IncidentRow incident,
            Site site,
            String link,
            Instant now) {
        Locale locale = notifications.locale();
        String type = Incidents.OTHER.equals(incident.type())
                ? messages.getMessage("incidents.type.other", null, locale)
                : methods.active().stream()
                        .filter(m -> m.code().equals(incident.type()))
                        .map(m -> m.name(locale))
                        .findFirst()
                        .orElse(incident.type());
        String siteName = site.details().name();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(recipient);
        message.setSubject(
                messages.getMessage("rollcall.mail.subject", new Object[] {siteName, type, incident.place()}, locale));
        message.setText(messages.getMessage(
                "rollcall.mail.body",
                new Object[] {
                    name == null || name.isBlank() ? recipient : name.strip(),
                    siteName,
                    type,
                    incident.place(),
                    link,
                    SHOWN.format(now.plus(settings.statusLinkValidity()))
                },
                locale));
        return message;
    }

    private boolean locked() {
        return !jdbc.sql("select name from incident_job where name = 'escalation' for update skip locked")
                .query(String.class)
                .list()
                .isEmpty();
    }
}
