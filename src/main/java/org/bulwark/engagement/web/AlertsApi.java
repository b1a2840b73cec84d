package org.bulwark.engagement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.AlertDraft;
import org.bulwark.engagement.AlertMessage;
import org.bulwark.engagement.AlertNotFound;
import org.bulwark.engagement.AlertScope;
import org.bulwark.engagement.AlertText;
import org.bulwark.engagement.Alerts;
import org.bulwark.geo.GeoJson;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.interop.Cap;
import org.bulwark.interop.CapMessage;
import org.bulwark.interop.CapXml;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Public and partner alerts over the API, through the same access rule as the pages. */
@RestController
@Tag(
        name = "Alerts",
        description = "Public and partner alerts as CAP 1.2 messages: issue, update, cancel, and read them")
class AlertsApi {

    private static final MediaType CAP = MediaType.parseMediaType(Cap.MEDIA_TYPE);

    private final Alerts alerts;
    private final CapMessages cap;

    AlertsApi(Alerts alerts, CapMessages cap) {
        this.alerts = alerts;
        this.cap = cap;
    }

    /** An alert or update in a request. */
    record AlertJson(
            @Nullable UUID incident,
            @Nullable String scope,
            @Nullable String restriction,
            @Nullable Boolean exercise,
            @Nullable String category,
            @Nullable String urgency,
            @Nullable String severity,
            @Nullable String certainty,
            @Nullable Instant expires,
            @Nullable List<AlertDraft.Text> texts,
            @Nullable List<JsonNode> areas) {

        AlertDraft draft() {
            return new AlertDraft(
                    incident,
                    scope,
                    restriction,
                    Boolean.TRUE.equals(exercise),
                    category,
                    urgency,
                    severity,
                    certainty,
                    expires,
                    texts == null ? List.of() : texts,
                    areas == null
                            ? List.of()
                            : areas.stream()
                                    .map(a -> a == null || a.isNull() ? "" : a.toString())
                                    .toList());
        }
    }

    /** A cancellation in a request. */
    record CancellationJson(@Nullable String note) {}

    /** One message as the API shows it; {@code cap} is where its CAP 1.2 XML is. */
    record MessageView(
            UUID id,
            UUID alert,
            String identifier,
            String sender,
            Instant sent,
            String status,
            String msgType,
            AlertScope scope,
            @Nullable String restriction,
            @Nullable String note,
            List<String> references,
            String category,
            String urgency,
            String severity,
            String certainty,
            Instant expires,
            List<AlertText> texts,
            List<JsonNode> areas,
            String cap) {

        static MessageView of(CapMessage message, AlertMessage stored) {
            return new MessageView(
                    stored.id(),
                    stored.alert(),
                    message.identifier(),
                    message.sender(),
                    message.sent(),
                    message.status().value(),
                    message.msgType().value(),
                    stored.scope(),
                    message.restriction(),
                    message.note(),
                    message.references().stream()
                            .map(CapMessage.Reference::toString)
                            .toList(),
                    stored.category().value(),
                    stored.urgency().value(),
                    stored.severity().value(),
                    stored.certainty().value(),
                    stored.expires(),
                    stored.texts(),
                    stored.areas().stream()
                            .map(z -> (JsonNode) GeoJson.writeZone(z))
                            .toList(),
                    "/api/v1/alerts/" + stored.id() + ".xml");
        }
    }

    /** An alert with every message sent for it, oldest first. */
    record AlertView(
            UUID id, @Nullable UUID incident, AlertScope scope, boolean cancelled, List<MessageView> messages) {}

    @PostMapping("/api/v1/alerts")
    @Operation(
            summary = "Issue an alert",
            description = "scope is PUBLIC or RESTRICTED (with a restriction saying who it is for). category,"
                    + " urgency, severity and certainty are CAP 1.2 codes (e.g. Security, Immediate, Severe,"
                    + " Observed). texts has one entry per language (en, fr) with event, headline, description,"
                    + " instruction and area. areas are GeoJSON zones (a Polygon, or a Point Feature with"
                    + " properties.radius in metres); leave them out to use the zones of the incident. expires must"
                    + " be in the future. Coordinators only.")
    ResponseEntity<AlertView> issue(@AuthenticationPrincipal BulwarkUser user, @RequestBody AlertJson body) {
        Alert alert = alerts.issue(body.draft(), user);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert.id()))
                .body(view(alert));
    }

    @PostMapping("/api/v1/alerts/{id}/updates")
    @Operation(
            summary = "Send an update of an alert",
            description = "The update replaces what the alert says and refers to every earlier message. A cancelled"
                    + " alert cannot be updated (409). Coordinators only.")
    ResponseEntity<AlertView> update(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody AlertJson body) {
        Alert alert = alerts.update(id, body.draft(), user);
        return ResponseEntity.created(
                        URI.create("/api/v1/alerts/" + alert.latest().id()))
                .body(view(alert));
    }

    @PostMapping("/api/v1/alerts/{id}/cancellation")
    @Operation(summary = "Cancel an alert", description = "Coordinators only; 409 when it is cancelled already.")
    ResponseEntity<AlertView> cancel(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable CancellationJson body) {
        Alert alert = alerts.cancel(id, body == null ? null : body.note(), user);
        return ResponseEntity.created(
                        URI.create("/api/v1/alerts/" + alert.latest().id()))
                .body(view(alert));
    }

    @GetMapping("/api/v1/alerts")
    @Operation(
            summary = "The alerts you may read, the most recently sent first",
            description = "Public alerts for everyone; restricted ones for coordinators, analysts, advisors and"
                    + " partner systems, and for operators when a message of the alert covered one of their sites.")
    List<AlertView> list(@AuthenticationPrincipal BulwarkUser user) {
        return alerts.list(user).stream().map(this::view).toList();
    }

    @GetMapping(path = "/api/v1/alerts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One message with its alert; ask for application/cap+xml to get the CAP 1.2 message")
    MessageView get(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        Alert alert = alerts.get(id, user);
        AlertMessage message = message(alert, id);
        return MessageView.of(cap.of(alert, message), message);
    }

    @GetMapping(path = "/api/v1/alerts/{id}", produces = Cap.MEDIA_TYPE)
    ResponseEntity<byte[]> getCap(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return capOf(user, id);
    }

    @GetMapping("/api/v1/alerts/{id}.xml")
    @Operation(summary = "One message as CAP 1.2 XML")
    ResponseEntity<byte[]> getXml(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return capOf(user, id);
    }

    private ResponseEntity<byte[]> capOf(BulwarkUser user, UUID id) {
        Alert alert = alerts.get(id, user);
        return ResponseEntity.ok().contentType(CAP).body(CapXml.write(cap.of(alert, message(alert, id))));
    }

    private AlertView view(Alert alert) {
        return new AlertView(
                alert.id(),
                alert.incident(),
                alert.scope(),
                alert.isCancelled(),
                alert.messages().stream()
                        .map(m -> MessageView.of(cap.of(alert, m), m))
                        .toList());
    }

    private static AlertMessage message(Alert alert, UUID id) {
        AlertMessage message = alert.message(id);
        if (message == null) {
            throw new AlertNotFound(id);
        }
        return message;
    }
}
