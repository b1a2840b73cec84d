package org.bulwark.interop;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** A StAX writer that puts each element on its own line, indented, so that a person can read what was sent. */
final class IndentingWriter {

    private final XMLStreamWriter writer;
    private String namespace = "";
    private int depth;

    private IndentingWriter(XMLStreamWriter writer) {
        this.writer = writer;
    }

    static IndentingWriter of(XMLStreamWriter writer) {
        return new IndentingWriter(writer);
    }

    XMLStreamWriter writer() {
        return writer;
    }

    void document() throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
    }

    void endDocument() throws XMLStreamException {
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    /** Starts an element in a namespace, which the elements inside it share. */
    void start(String namespace, String name) throws XMLStreamException {
        this.namespace = namespace;
        newLine();
        writer.writeStartElement("", name, namespace);
        depth++;
    }

    void end() throws XMLStreamException {
        depth--;
        newLine();
        writer.writeEndElement();
    }

    /** An element with text; nothing at all when the text is null. */
    void element(String name, @Nullable String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        newLine();
        writer.writeStartElement("", name, namespace);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }

    /** An element with text in another namespace, under the given prefix; nothing at all when the text is null. */
    void element(String prefix, String namespace, String name, @Nullable String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        newLine();
        writer.writeStartElement(prefix, name, namespace);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }

    /** An empty element with attributes given as name, value pairs. */
    void empty(String name, String... attributes) throws XMLStreamException {
        newLine();
        writer.writeEmptyElement("", name, namespace);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            writer.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void newLine() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }
}
