package org.bulwark.interop;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One CAP 1.2 alert message as {@link CapXml} writes it.
 *
 * @param identifier unique for the sender, without spaces, commas, {@code <} or {@code &}
 * @param sender the originator, globally unique (e.g. based on a domain name), with the same restrictions
 * @param sent when the message was sent; written to the second
 * @param restriction who may receive a {@link Cap.Scope#RESTRICTED restricted} message; null for public ones
 * @param note a free-text note, such as the reason of a cancellation; null for none
 * @param references the earlier messages an update or cancellation refers to, oldest first; empty for an alert
 * @param infos one per language; must not be null
 */
public record CapMessage(
        String identifier,
        String sender,
        Instant sent,
        Cap.Status status,
        Cap.MsgType msgType,
        Cap.Scope scope,
        @Nullable String restriction,
        @Nullable String note,
        List<Reference> references,
        List<CapInfo> infos) {

    public CapMessage {
        requireCapToken(identifier, "identifier");
        requireCapToken(sender, "sender");
        Assert.notNull(sent, "sent must not be null");
        Assert.notNull(status, "status must not be null");
        Assert.notNull(msgType, "msgType must not be null");
        Assert.notNull(scope, "scope must not be null");
        Assert.isTrue(
                scope != Cap.Scope.RESTRICTED || (restriction != null && !restriction.isBlank()),
                "a restricted message must say who it is restricted to");
        Assert.isTrue(
                (msgType == Cap.MsgType.ALERT) == references.isEmpty(),
                "an alert refers to no earlier message; an update or cancellation refers to at least one");
        references = List.copyOf(references);
        infos = List.copyOf(infos);
    }

    /**
     * An earlier message, named as CAP's {@code references} element names it.
     *
     * @param sender the earlier message's sender
     * @param identifier the earlier message's identifier
     * @param sent when it was sent
     */
    public record Reference(String sender, String identifier, Instant sent) {

        public Reference {
            requireCapToken(sender, "reference sender");
            requireCapToken(identifier, "reference identifier");
            Assert.notNull(sent, "reference sent must not be null");
        }

        /** {@code sender,identifier,sent} */
        @Override
        public String toString() {
            return sender + "," + identifier + "," + Cap.dateTime(sent);
        }
    }

    private static void requireCapToken(String value, String name) {
        Assert.hasText(value, name + " must not be empty");
        for (char c : value.toCharArray()) {
            Assert.isTrue(
                    !Character.isWhitespace(c) && c != ',' && c != '<' && c != '&',
                    () -> name + " must not contain spaces, commas, '<' or '&': " + value);
        }
    }
}
