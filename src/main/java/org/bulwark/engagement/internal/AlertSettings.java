package org.bulwark.engagement.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the alerts come from, as every CAP message says it. Both are stored with each message, so that changing them
 * later leaves the messages already sent, and the references to them, as they were.
 *
 * @param sender the CAP sender: globally unique, e.g. an address in the police service's domain; no spaces or commas
 * @param senderName the name of the issuing authority as people read it
 */
@ConfigurationProperties("bulwark.engagement")
record AlertSettings(
        @DefaultValue("bulwark@localhost") String sender,
        @DefaultValue("Bulwark") String senderName) {

    AlertSettings {
        if (sender.isBlank()
                || sender.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == '<' || c == '&')) {
            throw new IllegalArgumentException(
                    "bulwark.engagement.sender must be one word without spaces, commas, '<' or '&', was '" + sender
                            + "'");
        }
    }
}
