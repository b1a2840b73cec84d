package org.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * The OASIS CAP 1.2 schema. The project's tests carry the official file ({@code cap-1.2/CAP-v1.2.xsd} on the test
 * class path), so that they run wherever the project is checked out; where the reference folder {@code
 * ../shared/reference} lies beside the project, that copy is read instead and the two must be identical. A missing
 * schema fails the test that needs it: a check that cannot run must not pass.
 */
public final class CapSchema {

    /** Where the schema lies, relative to the project directory. */
    public static final Path LOCATION = Path.of("..", "shared", "reference", "cap-1.2", "CAP-v1.2.xsd");

    /** The copy the tests carry, on the test class path. */
    public static final String CARRIED = "cap-1.2/CAP-v1.2.xsd";

    private static Schema schema;

    private CapSchema() {}

    /** The project directory: Maven runs tests in it, and {@code basedir} names it when set. */
    static Path projectDirectory() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir == null ? System.getProperty("user.dir") : basedir);
    }

    static synchronized Schema schema() throws SAXException, IOException {
        if (schema == null) {
            byte[] carried = carried();
            Path reference = projectDirectory().resolve(LOCATION).normalize();
            byte[] chosen = carried;
            if (Files.isRegularFile(reference)) {
                chosen = Files.readAllBytes(reference);
                assertThat(chosen)
                        .as("the schema the tests carry must be the one at %s", reference)
                        .isEqualTo(carried);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(new StreamSource(new ByteArrayInputStream(chosen)));
        }
        return schema;
    }

    /** The schema the tests carry; fails when it is missing. */
    static byte[] carried() throws IOException {
        try (InputStream in = CapSchema.class.getClassLoader().getResourceAsStream(CARRIED)) {
            assertThat(in)
                    .as("the OASIS CAP 1.2 schema must be on the test class path at %s", CARRIED)
                    .isNotNull();
            return in.readAllBytes();
        }
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
