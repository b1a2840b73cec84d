package org.bulwark.incidents.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the roll-call.
 *
 * @param publicBaseUrl the address of the application as people outside reach it, for status links
 * @param statusLinkSecret the key status links are signed with, at least 32 characters; empty generates one at start,
 *     so that links stop working at a restart and on other nodes
 * @param statusLinkValidity how long a status link works
 * @param escalationWait how long the sites of a new incident have to answer before they are escalated
 * @param escalationInterval how often overdue sites are looked for and escalation e-mails sent
 * @param mailFrom the sender of escalation e-mails
 * @param mailAttempts how often an escalation e-mail is tried before it is given up
 */
@ConfigurationProperties("bulwark.incidents")
public record RollCallSettings(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("") String statusLinkSecret,
        @DefaultValue("PT12H") Duration statusLinkValidity,
        @DefaultValue("PT10M") Duration escalationWait,
        @DefaultValue("PT1M") Duration escalationInterval,
        @DefaultValue("bulwark@localhost") String mailFrom,
        @DefaultValue("5") int mailAttempts) {

    public RollCallSettings {
        if (!statusLinkSecret.isEmpty() && statusLinkSecret.length() < 32) {
            throw new IllegalArgumentException("bulwark.incidents.status-link-secret must be at least 32 characters");
        }
        if (statusLinkValidity.isNegative() || statusLinkValidity.isZero()) {
            throw new IllegalArgumentException("bulwark.incidents.status-link-validity must be positive");
        }
        if (escalationWait.compareTo(Duration.ofMinutes(1)) < 0 || escalationWait.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException(
                    "bulwark.incidents.escalation-wait must be between 1 minute and 24 hours");
        }
        if (mailAttempts < 1) {
            throw new IllegalArgumentException("bulwark.incidents.mail-attempts must be at least 1");
        }
    }

    /** The base address and the path, with exactly one slash between. */
    String link(String path) {
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + path;
    }
}
