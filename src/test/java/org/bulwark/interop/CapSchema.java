package org.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The OASIS CAP 1.2 schema, read from {@code ../shared/reference/cap-1.2/CAP-v1.2.xsd} beside the project directory
 * (never copied into the project). A missing schema fails the test that needs it: a check that cannot run must not
 * pass.
 */
public final class CapSchema {

    /** Where the schema lies, relative to the project directory. */
    public static final Path LOCATION = Path.of("..", "shared", "reference", "cap-1.2", "CAP-v1.2.xsd");

    private static Schema schema;

    private CapSchema() {}

    /** The project directory: Maven runs tests in it, and {@code basedir} names it when set. */
    static Path projectDirectory() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir == null ? System.getProperty("user.dir") : basedir);
    }

    static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            Path file = projectDirectory().resolve(LOCATION).normalize();
            assertThat(Files.isRegularFile(file))
                    .as("the OASIS CAP 1.2 schema must be at %s (../shared/reference beside the project)", file)
                    .isTrue();
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(file.toFile());
        }
        return schema;
    }

    /**
     * Validates a CAP message against the schema.
     *
     * @throws AssertionError naming the line and what is wrong when it is not valid
     */
    public static void assertValid(byte[] xml) {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not a valid CAP 1.2 message: " + e.getMessage() + "\n" + new String(xml), e);
        }
    }

    /** Parses an XML document with namespaces, without fetching anything from outside. */
    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + new String(xml), e);
        }
    }
}
