package org.bulwark.notify.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.Webhooks;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The webhook receivers coordinators register: each an absolute http or https URL without credentials in it, a
 * Standard Webhooks secret, and the event types it wants. Callers check that the person is a coordinator.
 */
@Service
@Transactional
public class WebhookReceivers {

    static final int NAME_MAX = 200;
    static final int URL_MAX = 2000;

    private final JdbcClient jdbc;
    private final DeliveryRows rows;
    private final Clock clock = Clock.systemUTC();

    WebhookReceivers(JdbcClient jdbc, DeliveryRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** A receiver just registered, with its secret, which is never shown again. */
    public record Registered(WebhookReceiver receiver, String secret) {}

    /**
     * Registers a receiver.
     *
     * @param secret a {@code whsec_} secret, or null or blank to have one generated
     * @throws InvalidWebhookReceiver naming every field to correct; nothing is stored then
     */
    public Registered register(
            @Nullable String name,
            @Nullable String url,
            @Nullable String secret,
            @Nullable List<String> eventTypes,
            BulwarkUser coordinator) {
        Assert.notNull(coordinator, "coordinator must not be null");
        List<InvalidWebhookReceiver.Problem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            problems.add(new InvalidWebhookReceiver.Problem("name", "is required: who receives, such as RideTide"));
        } else if (cleanName.length() > NAME_MAX) {
            problems.add(new InvalidWebhookReceiver.Problem("name", "must be at most " + NAME_MAX + " characters"));
        }
        String cleanUrl = url == null ? "" : url.strip();
        urlProblem(cleanUrl).ifPresent(p -> problems.add(new InvalidWebhookReceiver.Problem("url", p)));
        String cleanSecret = secret == null || secret.isBlank() ? WebhookSignature.newSecret() : secret.strip();
        if (!WebhookSignature.isSecret(cleanSecret)) {
            problems.add(new InvalidWebhookReceiver.Problem(
                    "secret",
                    "must be whsec_ followed by the base64 of 24 to 64 random bytes; leave it empty to have one"
                            + " generated"));
        }
        Set<String> types = new LinkedHashSet<>();
        if (eventTypes != null) {
            eventTypes.stream()
                    .filter(t -> t != null && !t.isBlank())
                    .map(String::strip)
                    .forEach(types::add);
        }
        if (types.isEmpty()) {
            problems.add(new InvalidWebhookReceiver.Problem(
                    "eventTypes", "choose at least one of " + String.join(", ", Webhooks.EVENT_TYPES)));
        }
        for (String type : types) {
            if (!Webhooks.EVENT_TYPES.contains(type)) {
                problems.add(new InvalidWebhookReceiver.Problem(
                        "eventTypes",
                        "'" + type + "' is not an event type; use " + String.join(", ", Webhooks.EVENT_TYPES)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWebhookReceiver(problems);
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into webhook_receiver (id, name, url, secret, event_types, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, cleanName, cleanUrl, cleanSecret, String.join(" ", types), coordinator.displayName(), now)
                .update();
        return new Registered(
                new WebhookReceiver(
                        id, cleanName, cleanUrl, List.copyOf(types), coordinator.displayName(), now.toInstant()),
                cleanSecret);
    }

    /** What is wrong with the URL of a receiver, if anything. */
    static Optional<String> urlProblem(String url) {
        String example = "such as https://partner.example/bulwark-events";
        if (url.isEmpty()) {
            return Optional.of("is required: an absolute http or https URL, " + example);
        }
        if (url.length() > URL_MAX) {
            return Optional.of("must be at most " + URL_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a URL (" + e.getReason() + " at index " + e.getIndex() + "); "
                    + "give an absolute http or https URL, " + example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of("must be an absolute URL with its scheme and host, " + example);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must use http or https, not " + scheme);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password: the signature of each request proves that"
                    + " it comes from Bulwark");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host, " + example);
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a #fragment, which is never sent to the receiver");
        }
        return Optional.empty();
    }

    /** The receivers not removed, in the order they were registered. */
    @Transactional(readOnly = true)
    public List<WebhookReceiver> list() {
        return jdbc.sql("select id, name, url, event_types, created_by, created_at from webhook_receiver"
                        + " where removed_at is null order by created_at, id")
                .query((rs, n) -> receiver(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<WebhookReceiver> find(UUID id) {
        return jdbc.sql("select id, name, url, event_types, created_by, created_at from webhook_receiver"
                        + " where id = ? and removed_at is null")
                .param(id)
                .query((rs, n) -> receiver(rs))
                .optional();
    }

    /**
     * Removes a receiver: it gets no new events, and its deliveries not yet made are cancelled.
     *
     * @return whether there was such a receiver
     */
    public boolean remove(UUID id) {
        boolean removed = jdbc.sql("update webhook_receiver set removed_at = ? where id = ? and removed_at is null")
                        .params(clock.instant().atOffset(ZoneOffset.UTC), id)
                        .update()
                > 0;
        if (removed) {
            rows.cancelFor(id);
        }
        return removed;
    }

    /** The URL and secret of a receiver, also of a removed one; for signing a request. */
    @Transactional(readOnly = true)
    Optional<Target> target(UUID id) {
        return jdbc.sql("select url, secret, removed_at from webhook_receiver where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Target(rs.getString("url"), rs.getString("secret"), rs.getObject("removed_at") != null))
                .optional();
    }

    /** The receivers not removed that subscribe to the type. */
    @Transactional(readOnly = true)
    List<Target> subscribedTo(String type) {
        List<Target> targets = new ArrayList<>();
        jdbc.sql("select id, url, secret, event_types from webhook_receiver where removed_at is null")
                .query(rs -> {
                    if (Arrays.asList(rs.getString("event_types").split(" ")).contains(type)) {
                        targets.add(new Target(
                                rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("secret"), false));
                    }
                });
        return targets;
    }

    private static WebhookReceiver receiver(ResultSet rs) throws SQLException {
        return new WebhookReceiver(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("url"),
                Arrays.asList(rs.getString("event_types").split(" ")),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** Where and how to send a receiver's requests. */
    record Target(@Nullable UUID id, String url, String secret, boolean removed) {

        Target(String url, String secret, boolean removed) {
            this(null, url, secret, removed);
        }
    }
}
