package org.bulwark.sharing.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.ItemState;
import org.bulwark.identity.Marking;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Tlp;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.notify.Mail;
import org.bulwark.notify.MailComposer;
import org.bulwark.notify.Mailings;
import org.bulwark.notify.Notifications;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.BulletinPublished;
import org.bulwark.sharing.BulletinRetracted;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes a published bulletin to the people it is addressed to: an e-mail each (written when it is sent, so that it
 * never carries more than its reader may read then) and a live update to those with the application open. Who is
 * addressed is the access policy's answer for the audience as it is at that moment.
 */
@Component
class BulletinDeliveries implements MailComposer {

    static final String TOPIC = "bulletin";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Readers readers;
    private final Mailings mailings;
    private final LiveUpdates live;
    private final MessageSource messages;
    private final Notifications notifications;
    private final BulletinChecks checks;

    BulletinDeliveries(
            JdbcClient jdbc,
            AccessPolicy policy,
            Readers readers,
            Mailings mailings,
            LiveUpdates live,
            MessageSource messages,
            Notifications notifications,
            BulletinChecks checks) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.readers = readers;
        this.mailings = mailings;
        this.live = live;
        this.messages = messages;
        this.notifications = notifications;
        this.checks = checks;
    }

    @ApplicationModuleListener
    void on(BulletinPublished published) {
        Optional<Content> content = content(published.bulletin());
        if (content.isEmpty() || content.get().marking().state() != ItemState.PUBLISHED) {
            return;
        }
        Marking marking = content.get().marking();
        List<UUID> addressed = readers.reachedBy(marking.audience()).stream()
                .filter(reader -> policy.isAddressedTo(reader, marking))
                .map(Reader::account)
                .toList();
        mailings.queue(TOPIC, published.bulletin(), published.revision(), addressed);
        tellConnected(published.bulletin(), marking, published.revision(), "published");
    }

    @ApplicationModuleListener
    void on(BulletinRetracted retracted) {
        content(retracted.bulletin())
                .ifPresent(content -> tellConnected(retracted.bulletin(), content.marking(), 0, "retracted"));
    }

    private void tellConnected(UUID bulletin, Marking marking, int revision, String change) {
        Set<UUID> connected = live.connectedAccounts();
        if (connected.isEmpty()) {
            return;
        }
        List<UUID> told = readers.readers(connected).stream()
                .filter(reader -> policy.isAddressedTo(reader, marking))
                .map(Reader::account)
                .toList();
        live.send(
                told,
                TOPIC,
                "{\"id\":\"" + bulletin + "\",\"revision\":" + revision + ",\"change\":\"" + change + "\"}");
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UUID, Mail> compose(UUID item, int revision, Collection<UUID> accounts) {
        Map<UUID, Mail> mails = new LinkedHashMap<>();
        Optional<Content> found = content(item);
        if (found.isEmpty() || found.get().marking().state() != ItemState.PUBLISHED) {
            return mails;
        }
        Content content = found.get();
        Mail mail = mail(content);
        for (Reader reader : readers.readers(accounts)) {
            if (policy.mayRead(reader, content.marking())) {
                mails.put(reader.account(), mail);
            }
        }
        return mails;
    }

    @Override
    public List<Mail> digest(UUID account, List<UUID> items) {
        List<Reader> found = readers.readers(List.of(account));
        if (found.isEmpty()) {
            return List.of();
        }
        Reader reader = found.get(0);
        Set<UUID> seen = new HashSet<>();
        return items.stream()
                .filter(seen::add)
                .map(this::content)
                .flatMap(Optional::stream)
                .filter(content -> content.marking().state() == ItemState.PUBLISHED)
                .filter(content -> policy.mayRead(reader, content.marking()))
                .map(this::mail)
                .toList();
    }

    private Mail mail(Content content) {
        Locale locale = notifications.locale();
        Tlp tlp = content.marking().tlp();
        String link = "/bulletins/" + content.id();
        String kind = messages.getMessage(content.kind().messageKey(), null, locale);
        String meaning = messages.getMessage(tlp.meaningKey(), null, locale);
        if (!tlp.mayLeaveTheApplication()) {
            // neither the title nor the text: only that there is something to read, and where
            return new Mail(
                    messages.getMessage("sharing.mail.restricted.subject", new Object[] {tlp.label(), kind}, locale),
                    messages.getMessage("sharing.mail.restricted.body", new Object[] {tlp.label(), meaning}, locale),
                    link);
        }
        StringBuilder text = new StringBuilder()
                .append(tlp.label())
                .append(" — ")
                .append(meaning)
                .append("\n\n")
                .append(content.title())
                .append("\n\n")
                .append(checks.plainText(content.body()))
                .append("\n");
        if (content.revision() > 1) {
            text.append("\n")
                    .append(messages.getMessage(
                            "sharing.mail.revision", new Object[] {content.revision(), content.changeNote()}, locale))
                    .append("\n");
        }
        if (content.acknowledgementRequired()) {
            text.append("\n")
                    .append(messages.getMessage("sharing.mail.acknowledge", null, locale))
                    .append("\n");
        }
        return new Mail(
                messages.getMessage("sharing.mail.subject", new Object[] {tlp.label(), kind, content.title()}, locale),
                text.toString(),
                link);
    }

    private Optional<Content> content(UUID id) {
        List<String> audience = jdbc.sql("select audience_key from bulletin_audience where bulletin_id = ?")
                .param(id)
                .query(String.class)
                .list();
        return jdbc.sql("select id, kind, state, tlp, title, body, author_id, author_organisation, revision,"
                        + " change_note, ack_required from bulletin where id = ?")
                .param(id)
                .query((rs, n) -> new Content(
                        rs.getObject("id", UUID.class),
                        BulletinKind.valueOf(rs.getString("kind")),
                        new Marking(
                                Tlp.valueOf(rs.getString("tlp")),
                                ItemState.valueOf(rs.getString("state")),
                                rs.getObject("author_id", UUID.class),
                                rs.getObject("author_organisation", UUID.class),
                                Set.copyOf(audience)),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getInt("revision"),
                        rs.getString("change_note"),
                        rs.getBoolean("ack_required")))
                .optional();
    }

    private record Content(
            UUID id,
            BulletinKind kind,
            Marking marking,
            String title,
            String body,
            int revision,
            String changeNote,
            boolean acknowledgementRequired) {}
}
