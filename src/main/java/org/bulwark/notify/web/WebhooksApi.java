package org.bulwark.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.DeliveryRecord;
import org.bulwark.notify.internal.WebhookReceiver;
import org.bulwark.notify.internal.WebhookReceivers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Webhook receivers and the dead-letter list over the API; coordinators only. */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(
        name = "Webhooks",
        description = "Partner systems that receive signed events (Standard Webhooks), and failed deliveries")
class WebhooksApi {

    private final WebhookReceivers receivers;
    private final Deliveries deliveries;

    WebhooksApi(WebhookReceivers receivers, Deliveries deliveries) {
        this.receivers = receivers;
        this.deliveries = deliveries;
    }

    record ReceiverJson(
            @Nullable String name,
            @Nullable String url,
            @Nullable String secret,
            @Nullable List<String> eventTypes) {}

    record ReceiverView(
            UUID id, String name, String url, List<String> eventTypes, String createdBy, Instant createdAt) {

        static ReceiverView of(WebhookReceiver receiver) {
            return new ReceiverView(
                    receiver.id(),
                    receiver.name(),
                    receiver.url(),
                    receiver.eventTypes(),
                    receiver.createdBy(),
                    receiver.createdAt());
        }
    }

    /** A receiver just registered, with its secret: the only time it is shown. */
    record RegisteredView(
            UUID id,
            String name,
            String url,
            List<String> eventTypes,
            String secret,
            String createdBy,
            Instant createdAt) {}

    record Replayed(int replayed) {}

    @PostMapping("/api/v1/webhooks")
    @Operation(
            summary = "Register a webhook receiver",
            description = "url: an absolute http or https URL without user name or password. eventTypes: zone.changed,"
                    + " alert.issued. secret: a Standard Webhooks secret (whsec_ and the base64 of 24 to 64 bytes);"
                    + " leave it out to have one generated. The answer is the only place the secret is shown. Each"
                    + " request carries webhook-id, webhook-timestamp and webhook-signature: v1, and the base64"
                    + " HMAC-SHA256 of id.timestamp.body keyed with the secret's bytes after whsec_.")
    ResponseEntity<RegisteredView> register(@AuthenticationPrincipal BulwarkUser user, @RequestBody ReceiverJson body) {
        WebhookReceivers.Registered registered =
                receivers.register(body.name(), body.url(), body.secret(), body.eventTypes(), user);
        WebhookReceiver receiver = registered.receiver();
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + receiver.id()))
                .body(new RegisteredView(
                        receiver.id(),
                        receiver.name(),
                        receiver.url(),
                        receiver.eventTypes(),
                        registered.secret(),
                        receiver.createdBy(),
                        receiver.createdAt()));
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "The registered webhook receivers, without their secrets")
    List<ReceiverView> list() {
        return receivers.list().stream().map(ReceiverView::of).toList();
    }

    @GetMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "One webhook receiver, without its secret")
    ReceiverView get(@PathVariable UUID id) {
        return receivers.find(id).map(ReceiverView::of).orElseThrow(() -> new DeliveryNotFound(id));
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "Remove a webhook receiver; its deliveries not yet made are cancelled")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        if (!receivers.remove(id)) {
            throw new DeliveryNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/deliveries/dead-letters")
    @Operation(
            summary = "Deliveries whose every attempt failed, newest first",
            description = "E-mails, text messages and webhook requests; each may be replayed.")
    List<DeliveryRecord> deadLetters(@RequestParam(defaultValue = "500") int limit) {
        return deliveries.deadLetters(limit);
    }

    @PostMapping("/api/v1/deliveries/{id}/replay")
    @Operation(
            summary = "Replay one dead letter",
            description = "It gets a new series of attempts, due now; a webhook keeps its webhook-id.")
    Replayed replay(@PathVariable UUID id) {
        if (!deliveries.replay(id)) {
            throw new DeliveryNotFound(id);
        }
        return new Replayed(1);
    }

    @PostMapping("/api/v1/deliveries/dead-letters/replay")
    @Operation(summary = "Replay every dead letter")
    Replayed replayAll() {
        return new Replayed(deliveries.replayAll());
    }
}
