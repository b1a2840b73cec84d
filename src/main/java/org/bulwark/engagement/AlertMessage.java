package org.bulwark.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.geo.Zone;
import org.bulwark.interop.Cap;
import org.bulwark.interop.CapMessage;
import org.jspecify.annotations.Nullable;

/**
 * One message of an alert as sent: the first alert, an update or the cancellation. Messages never change once
 * sent; a correction is a new message that refers to the earlier ones.
 *
 * @param alert the alert it belongs to: the identifier of its first message
 * @param identifier the CAP identifier, unique for the sender
 * @param sent to the second
 * @param note the reason given for a cancellation; null otherwise
 * @param texts one per language, English first
 * @param areas the zones the message covers
 */
public record AlertMessage(
        UUID id,
        UUID alert,
        String identifier,
        String sender,
        String senderName,
        Instant sent,
        Cap.Status status,
        Cap.MsgType msgType,
        AlertScope scope,
        @Nullable String restriction,
        @Nullable String note,
        Cap.Category category,
        Cap.Urgency urgency,
        Cap.Severity severity,
        Cap.Certainty certainty,
        Instant expires,
        List<AlertText> texts,
        List<Zone> areas,
        String issuedBy) {

    public AlertMessage {
        texts = List.copyOf(texts);
        areas = List.copyOf(areas);
    }

    /** The text in the reader's language, or the first one. */
    public AlertText text(Locale locale) {
        return texts.stream()
                .filter(t -> t.language().equals(locale.getLanguage()))
                .findFirst()
                .orElse(texts.get(0));
    }

    /** The message as later messages name it. */
    public CapMessage.Reference reference() {
        return new CapMessage.Reference(sender, identifier, sent);
    }
}
