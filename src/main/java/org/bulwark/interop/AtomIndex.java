package org.bulwark.interop;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An Atom 1.0 (RFC 4287) index of CAP messages, as alerting authorities publish them: one entry per message,
 * linking to the full CAP message and to a page for people, with the message's main CAP fields beside it in the
 * CAP namespace.
 */
public final class AtomIndex {

    /** The XML namespace of Atom 1.0. */
    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    /** The media type of an Atom feed. */
    public static final String MEDIA_TYPE = "application/atom+xml";

    private static final String CAP_PREFIX = "cap";

    private AtomIndex() {}

    /**
     * The feed itself.
     *
     * @param id a permanent absolute IRI naming the feed
     * @param self the feed's own absolute URL
     * @param alternate a page for people listing the same messages
     * @param updated when the feed last changed; must not be null
     * @param author the organisation publishing it
     * @param entries newest first; may be empty
     */
    public record Feed(
            String id,
            String title,
            String self,
            String alternate,
            Instant updated,
            String author,
            List<Entry> entries) {

        public Feed {
            Assert.hasText(id, "feed id must not be empty");
            Assert.hasText(title, "feed title must not be empty");
            Assert.notNull(updated, "feed updated must not be null");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One message of the index.
     *
     * @param message the CAP message; its identifier is the entry's id and its sent time its updated time
     * @param title what the entry is called, e.g. the headline
     * @param summary a short text; null for none
     * @param capUrl the absolute URL of the CAP message
     * @param pageUrl the absolute URL of the page for people
     */
    public record Entry(
            CapMessage message, String title, @Nullable String summary, String capUrl, String pageUrl) {

        public Entry {
            Assert.notNull(message, "message must not be null");
            Assert.hasText(title, "entry title must not be empty");
        }
    }

    /**
     * The feed as an Atom 1.0 XML document in UTF-8.
     *
     * @param feed must not be null
     * @return never null
     */
    public static byte[] write(Feed feed) {
        Assert.notNull(feed, "feed must not be null");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            IndentingWriter xml =
                    IndentingWriter.of(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
            xml.document();
            xml.start(NAMESPACE, "feed");
            xml.writer().writeDefaultNamespace(NAMESPACE);
            xml.writer().writeNamespace(CAP_PREFIX, Cap.NAMESPACE);
            xml.element("id", feed.id());
            xml.element("title", feed.title());
            xml.element("updated", Cap.dateTime(feed.updated()));
            xml.start(NAMESPACE, "author");
            xml.element("name", feed.author());
            xml.end();
            xml.empty("link", "rel", "self", "type", MEDIA_TYPE, "href", feed.self());
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", feed.alternate());
            for (Entry entry : feed.entries()) {
                entry(xml, entry, feed.author());
            }
            xml.end();
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed " + feed.id(), e);
        }
        return out.toByteArray();
    }

    private static void entry(IndentingWriter xml, Entry entry, String author) throws XMLStreamException {
        CapMessage message = entry.message();
        xml.start(NAMESPACE, "entry");
        xml.element("id", message.identifier());
        xml.element("title", entry.title());
        xml.element("updated", Cap.dateTime(message.sent()));
        xml.element("published", Cap.dateTime(message.sent()));
        xml.start(NAMESPACE, "author");
        xml.element("name", author);
        xml.end();
        xml.empty("link", "rel", "alternate", "type", Cap.MEDIA_TYPE, "href", entry.capUrl());
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", entry.pageUrl());
        xml.element("summary", entry.summary());
        xml.element(CAP_PREFIX, Cap.NAMESPACE, "identifier", message.identifier());
        xml.element(CAP_PREFIX, Cap.NAMESPACE, "sender", message.sender());
        xml.element(CAP_PREFIX, Cap.NAMESPACE, "sent", Cap.dateTime(message.sent()));
        xml.element(CAP_PREFIX, Cap.NAMESPACE, "status", message.status().value());
        xml.element(CAP_PREFIX, Cap.NAMESPACE, "msgType", message.msgType().value());
        if (!message.infos().isEmpty()) {
            CapInfo info = message.infos().get(0);
            xml.element(CAP_PREFIX, Cap.NAMESPACE, "event", info.event());
            xml.element(CAP_PREFIX, Cap.NAMESPACE, "urgency", info.urgency().value());
            xml.element(CAP_PREFIX, Cap.NAMESPACE, "severity", info.severity().value());
            xml.element(CAP_PREFIX, Cap.NAMESPACE, "certainty", info.certainty().value());
            xml.element(
                    CAP_PREFIX, Cap.NAMESPACE, "expires", info.expires() == null ? null : Cap.dateTime(info.expires()));
            if (!info.areas().isEmpty()) {
                xml.element(
                        CAP_PREFIX,
                        Cap.NAMESPACE,
                        "areaDesc",
                        info.areas().get(0).description());
            }
        }
        xml.end();
    }
}
