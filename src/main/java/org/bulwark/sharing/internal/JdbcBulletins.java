package org.bulwark.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.AccessPolicy.ItemColumns;
import org.bulwark.identity.AccessPolicy.SqlCondition;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.ItemState;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Tlp;
import org.bulwark.notify.Notice;
import org.bulwark.notify.Notifications;
import org.bulwark.sharing.Acknowledgements;
import org.bulwark.sharing.AttachmentFile;
import org.bulwark.sharing.Bulletin;
import org.bulwark.sharing.BulletinDraft;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.BulletinNotFound;
import org.bulwark.sharing.BulletinPage;
import org.bulwark.sharing.BulletinPublished;
import org.bulwark.sharing.BulletinQuery;
import org.bulwark.sharing.BulletinRetracted;
import org.bulwark.sharing.BulletinSummary;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sharing.InvalidBulletin;
import org.bulwark.sharing.NewAttachment;
import org.bulwark.sharing.NotPermitted;
import org.bulwark.sharing.Revision;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/** Bulletins in the {@code bulletin} tables, read through the access policy's condition in every query. */
@Service
@Transactional
public class JdbcBulletins implements Bulletins {

    static final ItemColumns COLUMNS = new ItemColumns(
            "b.id", "b.tlp", "b.state", "b.author_id", "b.author_organisation", "bulletin_audience", "bulletin_id");

    /** Unread bulletins are counted up to this many and one more, shown as "99+". */
    public static final int MOST_UNREAD = 99;

    private static final String SUMMARY_COLUMNS = "b.id, b.kind, b.state, b.tlp, b.title, b.author_name, b.revision,"
            + " b.updated_at, b.published_at, b.revised_at, b.ack_required";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AccessPolicy policy;
    private final Readers readers;
    private final Accounts accounts;
    private final BulletinChecks checks;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final SharingSettings settings;
    private final Clock clock = Clock.systemUTC();

    JdbcBulletins(
            JdbcClient jdbc,
            JdbcTemplate template,
            AccessPolicy policy,
            Readers readers,
            Accounts accounts,
            BulletinChecks checks,
            Notifications notifications,
            ApplicationEventPublisher events,
            SharingSettings settings) {
        this.jdbc = jdbc;
        this.template = template;
        this.policy = policy;
        this.readers = readers;
        this.accounts = accounts;
        this.checks = checks;
        this.notifications = notifications;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public UUID create(Reader author, BulletinDraft draft) {
        Assert.notNull(author, "author must not be null");
        BulletinChecks.Checked checked = checks.check(author, draft, false);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.sql("insert into bulletin (id, kind, state, tlp, title, body, ack_required, author_id, author_name,"
                        + " author_organisation, revision, change_note, created_at, updated_at, version)"
                        + " values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, 0, null, ?, ?, 0)")
                .params(
                        id,
                        checked.kind().name(),
                        checked.tlp().name(),
                        checked.title(),
                        checked.body(),
                        checked.acknowledgementRequired(),
                        author.account(),
                        nameOf(author.account()),
                        author.organisation(),
                        now,
                        now)
                .update();
        writeAudience(id, checked.audience());
        writeTerms(id, checked.title(), checked.body());
        record(id, "CREATED", author.account(), null);
        return id;
    }

    @Override
    public void update(Reader editor, UUID id, long expectedVersion, BulletinDraft draft) {
        Bulletin current = readable(editor, id);
        if (!policy.mayEdit(editor, current.marking())) {
            throw new NotPermitted("You may not change this bulletin.");
        }
        boolean published = current.state() == ItemState.PUBLISHED;
        BulletinChecks.Checked checked = checks.check(editor, draft, published);
        if (checked.kind() != current.kind() && !checked.kind().mayBeWrittenBy(editor, policy)) {
            throw new InvalidBulletin(
                    "kind", "sharing.error.kind.notAllowed", "You may not write this kind of bulletin.");
        }
        OffsetDateTime now = now();
        int revision = published ? current.revision() + 1 : current.revision();
        int changed = jdbc.sql("update bulletin set kind = ?, tlp = ?, title = ?, body = ?, ack_required = ?,"
                        + " revision = ?, change_note = ?, updated_at = ?, revised_at = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        checked.kind().name(),
                        checked.tlp().name(),
                        checked.title(),
                        checked.body(),
                        checked.acknowledgementRequired(),
                        revision,
                        published ? checked.changeNote() : null,
                        now,
                        published ? now : null,
                        id,
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException(
                    "The bulletin was changed by someone else since you opened it; reload it and apply your change"
                            + " again.");
        }
        jdbc.sql("delete from bulletin_audience where bulletin_id = ?")
                .param(id)
                .update();
        writeAudience(id, checked.audience());
        jdbc.sql("delete from bulletin_term where bulletin_id = ?").param(id).update();
        writeTerms(id, checked.title(), checked.body());
        if (published) {
            writeRevision(id, revision, checked, editor.account(), now);
            record(id, "REVISED", editor.account(), "revision " + revision);
            events.publishEvent(new BulletinPublished(id, revision, now.toInstant()));
        } else {
            record(id, "EDITED", editor.account(), null);
        }
    }

    @Override
    public void submitForReview(Reader author, UUID id) {
        Bulletin current = readable(author, id);
        if (!policy.maySubmitForReview(author, current.marking())) {
            throw new NotPermitted("Only the author may send a draft for review.");
        }
        setState(id, current.version(), ItemState.IN_REVIEW);
        record(id, "SUBMITTED", author.account(), null);
    }

    @Override
    public void publish(Reader publisher, UUID id) {
        Bulletin current = readable(publisher, id);
        if (!policy.mayPublish(publisher, current.marking())) {
            throw new NotPermitted("Only coordinators and analysts publish bulletins, from draft or review.");
        }
        // checked again: the catalogue (sectors, groups, people) may have changed since it was written
        BulletinChecks.Checked checked = checks.check(
                publisher,
                new BulletinDraft(
                        current.kind(),
                        current.tlp().name(),
                        current.title(),
                        current.body(),
                        current.audience(),
                        current.acknowledgementRequired(),
                        null),
                false);
        OffsetDateTime now = now();
        int changed = jdbc.sql("update bulletin set state = 'PUBLISHED', revision = 1, published_at = ?,"
                        + " updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(now, now, id, current.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("The bulletin was changed meanwhile; reload it.");
        }
        writeRevision(id, 1, checked, publisher.account(), now);
        record(id, "PUBLISHED", publisher.account(), null);
        events.publishEvent(new BulletinPublished(id, 1, now.toInstant()));
    }

    @Override
    public void retract(Reader reader, UUID id, String reason) {
        Bulletin current = readable(reader, id);
        if (!policy.mayRetract(reader, current.marking())) {
            throw new NotPermitted("Only the author, a coordinator or an analyst may retract a published bulletin.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidBulletin(
                    "reason", "sharing.error.reason", "Say in up to 1,000 characters why the bulletin is retracted.");
        }
        OffsetDateTime now = now();
        jdbc.sql("update bulletin set state = 'RETRACTED', retracted_at = ?, retraction_reason = ?, updated_at = ?,"
                        + " version = version + 1 where id = ?")
                .params(now, why, now, id)
                .update();
        record(id, "RETRACTED", reader.account(), why);
        events.publishEvent(new BulletinRetracted(id, now.toInstant()));
    }

    @Override
    public Optional<Bulletin> open(Reader reader, UUID id) {
        Optional<Bulletin> found = find(reader, id);
        found.ifPresent(bulletin -> {
            if (bulletin.state() == ItemState.PUBLISHED || bulletin.state() == ItemState.RETRACTED) {
                if (!bulletin.read()) {
                    insertRead(reader.account(), id);
                }
                if (!bulletin.tlp().mayLeaveTheApplication()
                        && !reader.account().equals(bulletin.authorId())) {
                    record(id, "READ", reader.account(), bulletin.tlp().label());
                }
            }
        });
        return found;
    }

    private void insertRead(UUID account, UUID bulletin) {
        // two tabs opening the same bulletin at once must not fail either of them
        jdbc.sql("insert into bulletin_read (account_id, bulletin_id, read_at) select ?, ?, ? where not exists"
                        + " (select 1 from bulletin_read where account_id = ? and bulletin_id = ?)")
                .params(account, bulletin, now(), account, bulletin)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Bulletin> find(Reader reader, UUID id) {
        Assert.notNull(reader, "reader must not be null");
        SqlCondition readable = policy.readCondition(reader, COLUMNS);
        Map<String, Object> params = new HashMap<>(readable.params());
        params.put("id", id);
        params.put("me", reader.account());
        Optional<Bulletin> row = jdbc.sql("select b.*, r.read_at, k.acknowledged_at from bulletin b"
                        + " left join bulletin_read r on r.bulletin_id = b.id and r.account_id = :me"
                        + " left join bulletin_acknowledgement k on k.bulletin_id = b.id and k.account_id = :me"
                        + " where b.id = :id and " + readable.sql())
                .params(params)
                .query(this::bulletin)
                .optional();
        return row.map(this::withAudienceAndAttachments);
    }

    private Bulletin withAudienceAndAttachments(Bulletin bulletin) {
        List<String> audience = audienceOf(bulletin.id());
        List<Bulletin.Attachment> attachments = jdbc.sql("select id, file_name, content_type, file_size, added_at"
                        + " from bulletin_attachment where bulletin_id = ? order by added_at, file_name")
                .param(bulletin.id())
                .query((rs, n) -> new Bulletin.Attachment(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("file_size"),
                        instant(rs, "added_at")))
                .list();
        return new Bulletin(
                bulletin.id(),
                bulletin.kind(),
                bulletin.state(),
                bulletin.tlp(),
                bulletin.title(),
                bulletin.body(),
                audience,
                bulletin.acknowledgementRequired(),
                bulletin.authorId(),
                bulletin.authorName(),
                bulletin.authorOrganisation(),
                bulletin.revision(),
                bulletin.changeNote(),
                bulletin.createdAt(),
                bulletin.updatedAt(),
                bulletin.publishedAt(),
                bulletin.revisedAt(),
                bulletin.retractedAt(),
                bulletin.retractionReason(),
                bulletin.version(),
                bulletin.read(),
                bulletin.acknowledgedAt(),
                attachments);
    }

    private List<String> audienceOf(UUID id) {
        return jdbc.sql("select audience_key from bulletin_audience where bulletin_id = ? order by audience_key")
                .param(id)
                .query(String.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public BulletinPage inbox(Reader reader, BulletinQuery query, int page, int size) {
        Assert.notNull(reader, "reader must not be null");
        Assert.notNull(query, "query must not be null");
        int pageSize = Math.max(1, Math.min(size, 100));
        int pageNumber = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        String where = publishedMatching(reader, query, params);
        // one more than a page, to know whether another page follows
        params.put("limit", pageSize + 1);
        params.put("offset", pageNumber * pageSize);
        List<BulletinSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + ", r.read_at, k.acknowledged_at"
                        + " from bulletin b"
                        + " left join bulletin_read r on r.bulletin_id = b.id and r.account_id = :me"
                        + " left join bulletin_acknowledgement k on k.bulletin_id = b.id and k.account_id = :me"
                        + where + " order by b.published_at desc, b.id desc limit :limit offset :offset")
                .params(params)
                .query(this::summary)
                .list();
        boolean hasNext = items.size() > pageSize;
        return new BulletinPage(hasNext ? items.subList(0, pageSize) : items, pageNumber, pageSize, hasNext);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Reader reader, BulletinQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = publishedMatching(reader, query, params);
        // counting stops past what anyone pages through: a count of every readable bulletin would read them all
        params.put("countLimit", BulletinPage.COUNTED + 1);
        return jdbc.sql("select count(*) from (select 1 from bulletin b" + where + " limit :countLimit) c")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The where clause of the published and retracted bulletins this reader may read that match the query; puts its
     * parameters, the reader's account as {@code me} among them, into {@code params}.
     */
    private String publishedMatching(Reader reader, BulletinQuery query, Map<String, Object> params) {
        SqlCondition readable = policy.readCondition(reader, COLUMNS);
        params.putAll(readable.params());
        params.put("me", reader.account());
        StringBuilder where =
                new StringBuilder(" where b.state in ('PUBLISHED', 'RETRACTED') and ").append(readable.sql());
        filters(query, where, params);
        return where.toString();
    }

    private void filters(BulletinQuery query, StringBuilder where, Map<String, Object> params) {
        if (query.kind() != null) {
            where.append(" and b.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.tlp() != null) {
            where.append(" and b.tlp = :tlp");
            params.put("tlp", query.tlp().name());
        }
        if (query.sector() != null && !query.sector().isBlank()) {
            where.append(" and exists (select 1 from bulletin_audience s where s.bulletin_id = b.id"
                    + " and s.audience_key = :sectorKey)");
            params.put("sectorKey", "sector:" + query.sector().strip());
        }
        if (query.from() != null) {
            where.append(" and b.published_at >= :from");
            params.put("from", query.from().atStartOfDay(settings.timeZone()).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and b.published_at < :to");
            params.put(
                    "to",
                    query.to().plusDays(1).atStartOfDay(settings.timeZone()).toOffsetDateTime());
        }
        if (query.unreadOnly()) {
            where.append(" and not exists (select 1 from bulletin_read u where u.bulletin_id = b.id"
                    + " and u.account_id = :me)");
        }
        List<String> words = SearchTerms.query(query.text() == null ? "" : query.text());
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            String upper = last ? SearchTerms.after(words.get(i)) : null;
            if (last && upper != null) {
                // the word being typed: any term that starts with it, as a range of the index
                where.append(" and b.id in (select t.bulletin_id from bulletin_term t where t.term >= :w")
                        .append(i)
                        .append(" and t.term < :wa")
                        .append(i)
                        .append(")");
                params.put("wa" + i, upper);
            } else if (last) {
                // terms hold letters and digits only, so the word needs no escaping
                where.append(" and b.id in (select t.bulletin_id from bulletin_term t where t.term like :wl")
                        .append(i)
                        .append(")");
                params.put("wl" + i, words.get(i) + "%");
            } else {
                where.append(" and b.id in (select t.bulletin_id from bulletin_term t where t.term = :w")
                        .append(i)
                        .append(")");
            }
            params.put("w" + i, words.get(i));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<BulletinSummary> unpublished(Reader reader) {
        SqlCondition readable = policy.readCondition(reader, COLUMNS);
        Map<String, Object> params = new HashMap<>(readable.params());
        params.put("me", reader.account());
        return jdbc.sql("select " + SUMMARY_COLUMNS + ", null as read_at, null as acknowledged_at from bulletin b"
                        + " where b.state in ('DRAFT', 'IN_REVIEW') and " + readable.sql()
                        + " order by b.updated_at desc limit 200")
                .params(params)
                .query(this::summary)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(Reader reader) {
        SqlCondition readable = policy.readCondition(reader, COLUMNS);
        Map<String, Object> params = new HashMap<>(readable.params());
        params.put("me", reader.account());
        params.put("since", utc(clock.instant().minus(settings.unreadWindow())));
        params.put("most", MOST_UNREAD + 1);
        // counted up to a badge's worth: past that the reader needs the list, not the number
        return jdbc.sql("select count(*) from (select 1 from bulletin b where b.state = 'PUBLISHED'"
                        + " and b.published_at >= :since and b.author_id <> :me and " + readable.sql()
                        + " and not exists (select 1 from bulletin_read u where u.bulletin_id = b.id"
                        + " and u.account_id = :me) limit :most) c")
                .params(params)
                .query(Long.class)
                .single();
    }

    @Override
    public void acknowledge(Reader reader, UUID id) {
        Bulletin bulletin = readable(reader, id);
        if (bulletin.state() != ItemState.PUBLISHED || !bulletin.acknowledgementRequired()) {
            throw new NotPermitted("This bulletin does not ask to be acknowledged.");
        }
        if (bulletin.acknowledgedAt() != null) {
            return;
        }
        jdbc.sql("insert into bulletin_acknowledgement (bulletin_id, account_id, revision, acknowledged_at)"
                        + " select ?, ?, ?, ? where not exists (select 1 from bulletin_acknowledgement"
                        + " where bulletin_id = ? and account_id = ?)")
                .params(id, reader.account(), bulletin.revision(), now(), id, reader.account())
                .update();
        if (!bulletin.read()) {
            insertRead(reader.account(), id);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Acknowledgements acknowledgements(Reader reader, UUID id) {
        return acknowledgements(reader, readable(reader, id));
    }

    private Acknowledgements acknowledgements(Reader reader, Bulletin bulletin) {
        if (!policy.maySeeAcknowledgements(reader, bulletin.marking())) {
            throw new NotPermitted("Only the author and coordinators see who acknowledged a bulletin.");
        }
        UUID id = bulletin.id();
        Map<UUID, Acknowledged> done = new LinkedHashMap<>();
        jdbc.sql("select account_id, revision, acknowledged_at from bulletin_acknowledgement where bulletin_id = ?")
                .param(id)
                .query((rs, n) -> done.put(
                        rs.getObject("account_id", UUID.class),
                        new Acknowledged(rs.getInt("revision"), instant(rs, "acknowledged_at"))))
                .list();
        List<Reader> addressed = readers.reachedBy(bulletin.audience()).stream()
                .filter(recipient -> policy.isAddressedTo(recipient, bulletin.marking()))
                .toList();
        // one read of every account's name rather than one query per recipient, who may be thousands
        Map<UUID, String> names = new HashMap<>();
        accounts.all().forEach(account -> names.put(account.id(), account.displayName()));
        Set<UUID> organisations = new LinkedHashSet<>();
        for (Reader recipient : addressed) {
            if (recipient.organisation() != null) {
                organisations.add(recipient.organisation());
            }
        }
        Map<UUID, String> organisationNames = checks.organisationNames(organisations);
        List<Acknowledgements.Recipient> acknowledged = new ArrayList<>();
        List<Acknowledgements.Recipient> pending = new ArrayList<>();
        for (Reader recipient : addressed) {
            String name = names.getOrDefault(recipient.account(), "?");
            String organisation =
                    recipient.organisation() == null ? null : organisationNames.get(recipient.organisation());
            Acknowledged ack = done.get(recipient.account());
            if (ack == null) {
                pending.add(new Acknowledgements.Recipient(recipient.account(), name, organisation, null, 0));
            } else {
                acknowledged.add(new Acknowledgements.Recipient(
                        recipient.account(), name, organisation, ack.at(), ack.revision()));
            }
        }
        Comparator<Acknowledgements.Recipient> byName = Comparator.comparing(
                        (Acknowledgements.Recipient r) -> r.organisation() == null ? "" : r.organisation())
                .thenComparing(Acknowledgements.Recipient::name);
        acknowledged.sort(byName);
        pending.sort(byName);
        return new Acknowledgements(id, acknowledged, pending);
    }

    @Override
    public int remind(Reader reader, UUID id) {
        Bulletin bulletin = readable(reader, id);
        if (bulletin.state() != ItemState.PUBLISHED || !bulletin.acknowledgementRequired()) {
            throw new NotPermitted("Only a published bulletin that asks to be acknowledged can be reminded of.");
        }
        Acknowledgements report = acknowledgements(reader, bulletin);
        List<UUID> pending = report.pending().stream()
                .map(Acknowledgements.Recipient::account)
                .toList();
        if (!pending.isEmpty()) {
            // the notice names no content: it stays in the inbox even if its reader later loses access
            notifications.notify(
                    pending,
                    new Notice(
                            checks.message("sharing.reminder.subject"),
                            checks.message("sharing.reminder.body"),
                            "/bulletins/" + id));
        }
        record(id, "REMINDED", reader.account(), pending.size() + " reminded");
        return pending.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Revision> revisions(Reader reader, UUID id) {
        readable(reader, id);
        return jdbc.sql("select * from bulletin_revision where bulletin_id = ? order by revision")
                .param(id)
                .query((rs, n) -> new Revision(
                        rs.getInt("revision"),
                        Tlp.valueOf(rs.getString("tlp")),
                        rs.getString("title"),
                        rs.getString("body"),
                        List.of(rs.getString("audience").split(" ")),
                        rs.getString("change_note"),
                        instant(rs, "published_at")))
                .list();
    }

    @Override
    public UUID attach(Reader editor, UUID id, NewAttachment file) {
        Bulletin bulletin = readable(editor, id);
        if (!policy.mayEdit(editor, bulletin.marking())) {
            throw new NotPermitted("You may not change this bulletin.");
        }
        if (bulletin.attachments().size() >= settings.attachmentsPerBulletin()) {
            throw new InvalidBulletin(
                    "file",
                    "sharing.error.attachments.tooMany",
                    "A bulletin has at most " + settings.attachmentsPerBulletin() + " attachments.");
        }
        BulletinChecks.CheckedFile checked = checks.checkFile(file);
        UUID attachment = UUID.randomUUID();
        jdbc.sql("insert into bulletin_attachment (id, bulletin_id, file_name, content_type, file_size, sha256,"
                        + " content, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        attachment,
                        id,
                        checked.fileName(),
                        checked.contentType(),
                        file.content().length,
                        checked.sha256(),
                        file.content(),
                        editor.account(),
                        now())
                .update();
        jdbc.sql("update bulletin set updated_at = ?, version = version + 1 where id = ?")
                .params(now(), id)
                .update();
        record(id, "ATTACHED", editor.account(), checked.fileName());
        return attachment;
    }

    @Override
    public void detach(Reader editor, UUID id, UUID attachment) {
        Bulletin bulletin = readable(editor, id);
        if (!policy.mayEdit(editor, bulletin.marking())) {
            throw new NotPermitted("You may not change this bulletin.");
        }
        int removed = jdbc.sql("delete from bulletin_attachment where id = ? and bulletin_id = ?")
                .params(attachment, id)
                .update();
        if (removed > 0) {
            jdbc.sql("update bulletin set updated_at = ?, version = version + 1 where id = ?")
                    .params(now(), id)
                    .update();
            record(id, "DETACHED", editor.account(), attachment.toString());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(Reader reader, UUID id, UUID attachment) {
        if (find(reader, id).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select file_name, content_type, content from bulletin_attachment"
                        + " where id = ? and bulletin_id = ?")
                .params(attachment, id)
                .query((rs, n) -> new AttachmentFile(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private Bulletin readable(Reader reader, UUID id) {
        return find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
    }

    private void setState(UUID id, long expectedVersion, ItemState state) {
        int changed = jdbc.sql("update bulletin set state = ?, updated_at = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(state.name(), now(), id, expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("The bulletin was changed meanwhile; reload it.");
        }
    }

    private void writeAudience(UUID id, Set<String> audience) {
        List<Object[]> rows =
                audience.stream().map(key -> new Object[] {id, key}).toList();
        template.batchUpdate("insert into bulletin_audience (bulletin_id, audience_key) values (?, ?)", rows);
    }

    private void writeTerms(UUID id, String title, String body) {
        Set<String> terms = SearchTerms.of(title + "\n" + checks.plainText(body));
        List<Object[]> rows =
                terms.stream().map(term -> new Object[] {term, id}).toList();
        template.batchUpdate("insert into bulletin_term (term, bulletin_id) values (?, ?)", rows);
    }

    private void writeRevision(UUID id, int revision, BulletinChecks.Checked checked, UUID by, OffsetDateTime at) {
        jdbc.sql("insert into bulletin_revision (bulletin_id, revision, tlp, title, body, audience, change_note,"
                        + " published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        revision,
                        checked.tlp().name(),
                        checked.title(),
                        checked.body(),
                        String.join(" ", checked.audience()),
                        checked.changeNote(),
                        by,
                        at)
                .update();
    }

    private void record(UUID bulletin, String kind, UUID account, @Nullable String detail) {
        jdbc.sql("insert into bulletin_event (id, bulletin_id, kind, account_id, detail, at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), bulletin, kind, account, detail, now())
                .update();
    }

    private String nameOf(UUID account) {
        return accounts.find(account).map(AccountSummary::displayName).orElse("?");
    }

    private Bulletin bulletin(ResultSet rs, int row) throws SQLException {
        return new Bulletin(
                rs.getObject("id", UUID.class),
                BulletinKind.valueOf(rs.getString("kind")),
                ItemState.valueOf(rs.getString("state")),
                Tlp.valueOf(rs.getString("tlp")),
                rs.getString("title"),
                rs.getString("body"),
                List.of(),
                rs.getBoolean("ack_required"),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                rs.getObject("author_organisation", UUID.class),
                rs.getInt("revision"),
                rs.getString("change_note"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instantOrNull(rs, "published_at"),
                instantOrNull(rs, "revised_at"),
                instantOrNull(rs, "retracted_at"),
                rs.getString("retraction_reason"),
                rs.getLong("version"),
                rs.getObject("read_at") != null,
                instantOrNull(rs, "acknowledged_at"),
                List.of());
    }

    private BulletinSummary summary(ResultSet rs, int row) throws SQLException {
        return new BulletinSummary(
                rs.getObject("id", UUID.class),
                BulletinKind.valueOf(rs.getString("kind")),
                ItemState.valueOf(rs.getString("state")),
                Tlp.valueOf(rs.getString("tlp")),
                rs.getString("title"),
                rs.getString("author_name"),
                rs.getInt("revision"),
                instant(rs, "updated_at"),
                instantOrNull(rs, "published_at"),
                instantOrNull(rs, "revised_at"),
                rs.getBoolean("ack_required"),
                rs.getObject("read_at") != null,
                rs.getObject("acknowledged_at") != null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Acknowledged(int revision, Instant at) {}
}
