package org.bulwark.engagement.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.AlertMessage;
import org.bulwark.engagement.AlertText;
import org.bulwark.interop.Cap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Alerts and their messages as the pages show them, in the reader's language and the network's time zone. */
@Component
class AlertViews {

    private final DateTimeFormatter shown;
    private final AlertPageSettings settings;

    AlertViews(AlertPageSettings settings) {
        this.settings = settings;
        this.shown =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(settings.timeZone());
    }

    /** Whether an alert still applies, was cancelled, or ran out. */
    enum State {
        IN_FORCE,
        CANCELLED,
        EXPIRED;

        String messageKey() {
            return "engagement.state." + name().toLowerCase(Locale.ROOT).replace("_", "");
        }

        String badge() {
            return switch (this) {
                case IN_FORCE -> "text-bg-danger";
                case CANCELLED -> "text-bg-secondary";
                case EXPIRED -> "text-bg-light border";
            };
        }
    }

    /** One alert in a list, shown by its latest message. */
    record Row(
            UUID alert,
            UUID latest,
            String headline,
            String event,
            String area,
            String severityKey,
            String scopeKey,
            String stateKey,
            String stateBadge,
            boolean inForce,
            boolean exercise,
            String sent,
            String expires,
            String msgTypeKey) {}

    /** One message as its page shows it. */
    record MessageView(
            UUID id,
            UUID alert,
            String identifier,
            String headline,
            String event,
            String description,
            @Nullable String instruction,
            String area,
            @Nullable String note,
            String categoryKey,
            String urgencyKey,
            String severityKey,
            String certaintyKey,
            String scopeKey,
            @Nullable String restriction,
            boolean exercise,
            String msgTypeKey,
            String sent,
            String expires,
            String issuedBy,
            String senderName,
            String stateKey,
            String stateBadge,
            boolean latest,
            String language) {}

    /** One message of an alert's history. */
    record HistoryRow(UUID id, String msgTypeKey, String sent, String headline, boolean current) {}

    Row row(Alert alert, Locale locale, Instant now) {
        AlertMessage latest = alert.latest();
        AlertText text = latest.text(locale);
        State state = state(alert, now);
        return new Row(
                alert.id(),
                latest.id(),
                text.headline(),
                text.event(),
                text.area(),
                key(latest.severity()),
                alert.scope().messageKey(),
                state.messageKey(),
                state.badge(),
                state == State.IN_FORCE,
                latest.status() == Cap.Status.EXERCISE,
                time(latest.sent()),
                time(latest.expires()),
                key(latest.msgType()));
    }

    MessageView message(Alert alert, AlertMessage message, Locale locale, Instant now) {
        AlertText text = message.text(locale);
        State state = state(alert, now);
        return new MessageView(
                message.id(),
                alert.id(),
                message.identifier(),
                text.headline(),
                text.event(),
                text.description(),
                text.instruction(),
                text.area(),
                message.note(),
                key(message.category()),
                key(message.urgency()),
                key(message.severity()),
                key(message.certainty()),
                message.scope().messageKey(),
                message.restriction(),
                message.status() == Cap.Status.EXERCISE,
                key(message.msgType()),
                time(message.sent()),
                time(message.expires()),
                message.issuedBy(),
                message.senderName(),
                state.messageKey(),
                state.badge(),
                message.equals(alert.latest()),
                text.language());
    }

    List<HistoryRow> history(Alert alert, AlertMessage current, Locale locale) {
        return alert.messages().stream()
                .map(m -> new HistoryRow(
                        m.id(), key(m.msgType()), time(m.sent()), m.text(locale).headline(), m.equals(current)))
                .toList();
    }

    String time(Instant moment) {
        return shown.format(moment);
    }

    static State state(Alert alert, Instant now) {
        if (alert.isCancelled()) {
            return State.CANCELLED;
        }
        return alert.isInForceAt(now) ? State.IN_FORCE : State.EXPIRED;
    }

    /** The message key of a CAP code's display name, e.g. {@code engagement.cap.severity.severe}. */
    static String key(Enum<?> code) {
        return "engagement.cap." + code.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "."
                + code.name().toLowerCase(Locale.ROOT);
    }
}
