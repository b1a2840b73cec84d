package org.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CapXmlUnitTests {

    private static final Instant SENT = Instant.parse("2026-11-28T14:05:00.123456Z");
    private static final Instant EXPIRES = Instant.parse("2026-11-28T20:00:00Z");

    private final Zone.Circle circle = Zone.circle(new GeoPoint(53.31, 0.25), 1_250);
    private final Zone.Polygon polygon = Zone.polygon(List.of(
            new GeoPoint(53.30, 0.24),
            new GeoPoint(53.30, 0.26),
            new GeoPoint(53.32, 0.26),
            new GeoPoint(53.32, 0.24),
            new GeoPoint(53.30, 0.24)));

    @Test
    void theSchemaIsTheOasisOneAndRefusesAnInvalidMessage() throws Exception {
        assertThat(new String(CapSchema.carried(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Copyright OASIS Open 2010")
                .contains("targetNamespace = \"urn:oasis:names:tc:emergency:cap:1.2\"");
        byte[] wrong = new String(CapXml.write(message(Cap.MsgType.ALERT, Cap.Scope.PUBLIC, List.of())))
                .replace("<urgency>Immediate</urgency>", "<urgency>Soon</urgency>")
                .getBytes();

        assertThatThrownBy(() -> CapSchema.assertValid(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Soon");
    }

    @Test
    void aPublicAlertWithACircleAndAPolygonInEnglishAndFrenchIsValidCap() {
        byte[] xml = CapXml.write(message(Cap.MsgType.ALERT, Cap.Scope.PUBLIC, List.of()));

        CapSchema.assertValid(xml);
        Document document = CapSchema.parse(xml);
        Element alert = document.getDocumentElement();
        assertThat(alert.getNamespaceURI()).isEqualTo(Cap.NAMESPACE);
        assertThat(alert.getLocalName()).isEqualTo("alert");
        assertThat(text(document, "sent")).isEqualTo("2026-11-28T14:05:00+00:00");
        assertThat(text(document, "scope")).isEqualTo("Public");
        assertThat(document.getElementsByTagNameNS(Cap.NAMESPACE, "restriction").getLength())
                .isZero();
        assertThat(document.getElementsByTagNameNS(Cap.NAMESPACE, "info").getLength())
                .isEqualTo(2);
        assertThat(text(document, "language")).isEqualTo("en");
        assertThat(text(document, "expires")).isEqualTo("2026-11-28T20:00:00+00:00");
        assertThat(text(document, "circle")).isEqualTo("53.31,0.25 1.25");
        assertThat(text(document, "polygon")).isEqualTo("53.3,0.24 53.3,0.26 53.32,0.26 53.32,0.24 53.3,0.24");
    }

    @Test
    void aRestrictedUpdateAndACancellationReferToTheEarlierMessagesAndAreValidCap() {
        CapMessage.Reference first = new CapMessage.Reference("police@port-alder.example", "urn:uuid:1", SENT);
        CapMessage.Reference second =
                new CapMessage.Reference("police@port-alder.example", "urn:uuid:2", SENT.plusSeconds(600));

        byte[] update = CapXml.write(message(Cap.MsgType.UPDATE, Cap.Scope.RESTRICTED, List.of(first)));
        byte[] cancel = CapXml.write(message(Cap.MsgType.CANCEL, Cap.Scope.RESTRICTED, List.of(first, second)));

        CapSchema.assertValid(update);
        CapSchema.assertValid(cancel);
        assertThat(text(CapSchema.parse(update), "restriction")).isEqualTo("Partner sites of the network");
        assertThat(text(CapSchema.parse(cancel), "msgType")).isEqualTo("Cancel");
        assertThat(text(CapSchema.parse(cancel), "references"))
                .isEqualTo("police@port-alder.example,urn:uuid:1,2026-11-28T14:05:00+00:00"
                        + " police@port-alder.example,urn:uuid:2,2026-11-28T14:15:00+00:00");
    }

    @Test
    void textThatLooksLikeMarkupIsWrittenAsText() {
        CapMessage message = message(Cap.MsgType.ALERT, Cap.Scope.PUBLIC, List.of());
        CapInfo info = message.infos().get(0);
        CapMessage tricky = new CapMessage(
                message.identifier(),
                message.sender(),
                message.sent(),
                message.status(),
                message.msgType(),
                message.scope(),
                null,
                "A & B <b>closed</b> ]]>",
                List.of(),
                List.of(info));

        byte[] xml = CapXml.write(tricky);

        CapSchema.assertValid(xml);
        assertThat(text(CapSchema.parse(xml), "note")).isEqualTo("A & B <b>closed</b> ]]>");
    }

    @Test
    void identifiersAndSendersWithSpacesOrCommasAreRefused() {
        assertThatThrownBy(() -> new CapMessage.Reference("police, port alder", "urn:uuid:1", SENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapMessage(
                        "id 1",
                        "police",
                        SENT,
                        Cap.Status.ACTUAL,
                        Cap.MsgType.ALERT,
                        Cap.Scope.PUBLIC,
                        null,
                        null,
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreReadWhateverTheirCase() {
        assertThat(Cap.code(Cap.Category.class, "security")).isEqualTo(Cap.Category.SECURITY);
        assertThat(Cap.code(Cap.Category.class, "CBRNE")).isEqualTo(Cap.Category.CBRNE);
        assertThat(Cap.code(Cap.Urgency.class, "Soon")).isNull();
        assertThat(Cap.choices(Cap.Certainty.class)).isEqualTo("Observed, Likely, Possible, Unlikely, Unknown");
    }

    private CapMessage message(Cap.MsgType type, Cap.Scope scope, List<CapMessage.Reference> references) {
        List<Zone> zones = List.of(circle, polygon);
        return new CapMessage(
                "urn:uuid:" + type.value(),
                "police@port-alder.example",
                SENT,
                Cap.Status.ACTUAL,
                type,
                scope,
                scope == Cap.Scope.RESTRICTED ? "Partner sites of the network" : null,
                null,
                references,
                List.of(
                        new CapInfo(
                                "en",
                                List.of(Cap.Category.SECURITY),
                                "Police incident",
                                Cap.Urgency.IMMEDIATE,
                                Cap.Severity.SEVERE,
                                Cap.Certainty.OBSERVED,
                                EXPIRES,
                                "Port Alder Police",
                                "Avoid the harbour",
                                "The police are dealing with an incident.",
                                "Avoid the area.",
                                "https://bulwark.example/public/alerts/1",
                                List.of(CapArea.of("Harbourside", zones))),
                        new CapInfo(
                                "fr",
                                List.of(Cap.Category.SECURITY),
                                "Intervention de police",
                                Cap.Urgency.IMMEDIATE,
                                Cap.Severity.SEVERE,
                                Cap.Certainty.OBSERVED,
                                EXPIRES,
                                "Police de Port Alder",
                                "Évitez le port",
                                "La police intervient.",
                                null,
                                null,
                                List.of(CapArea.of("Le port", zones)))));
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagNameNS(Cap.NAMESPACE, element).item(0).getTextContent();
    }
}
