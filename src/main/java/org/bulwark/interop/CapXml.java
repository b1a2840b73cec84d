package org.bulwark.interop;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.springframework.util.Assert;

/** Writes CAP 1.2 messages as XML in the CAP namespace, UTF-8, in the element order the OASIS schema requires. */
public final class CapXml {

    private CapXml() {}

    /**
     * The message as a CAP 1.2 XML document.
     *
     * @param message must not be null
     * @return never null
     */
    public static byte[] write(CapMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(message, out);
        return out.toByteArray();
    }

    /**
     * Writes the message as a CAP 1.2 XML document to the stream, which is left open.
     *
     * @param message must not be null
     * @param out must not be null
     */
    public static void write(CapMessage message, OutputStream out) {
        Assert.notNull(message, "message must not be null");
        Assert.notNull(out, "out must not be null");
        try {
            IndentingWriter xml = IndentingWriter.of(
                    XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
            xml.document();
            xml.start(Cap.NAMESPACE, "alert");
            xml.writer().writeDefaultNamespace(Cap.NAMESPACE);
            xml.element("identifier", message.identifier());
            xml.element("sender", message.sender());
            xml.element("sent", Cap.dateTime(message.sent()));
            xml.element("status", message.status().value());
            xml.element("msgType", message.msgType().value());
            xml.element("scope", message.scope().value());
            xml.element("restriction", message.restriction());
            xml.element("note", message.note());
            if (!message.references().isEmpty()) {
                xml.element(
                        "references",
                        message.references().stream()
                                .map(CapMessage.Reference::toString)
                                .collect(Collectors.joining(" ")));
            }
            for (CapInfo info : message.infos()) {
                info(xml, info);
            }
            xml.end();
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write CAP message " + message.identifier(), e);
        }
    }

    private static void info(IndentingWriter xml, CapInfo info) throws XMLStreamException {
        xml.start(Cap.NAMESPACE, "info");
        xml.element("language", info.language());
        for (Cap.Category category : info.categories()) {
            xml.element("category", category.value());
        }
        xml.element("event", info.event());
        xml.element("urgency", info.urgency().value());
        xml.element("severity", info.severity().value());
        xml.element("certainty", info.certainty().value());
        xml.element("expires", info.expires() == null ? null : Cap.dateTime(info.expires()));
        xml.element("senderName", info.senderName());
        xml.element("headline", info.headline());
        xml.element("description", info.description());
        xml.element("instruction", info.instruction());
        xml.element("web", info.web());
        for (CapArea area : info.areas()) {
            xml.start(Cap.NAMESPACE, "area");
            xml.element("areaDesc", area.description());
            for (String polygon : area.polygons()) {
                xml.element("polygon", polygon);
            }
            for (String circle : area.circles()) {
                xml.element("circle", circle);
            }
            xml.end();
        }
        xml.end();
    }
}
