package org.bulwark.notify.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications.
 *
 * @param from the sender of e-mails
 * @param baseUrl the address of the application, for the links in e-mails
 * @param locale the language notices are written in
 * @param maxAttempts how often an e-mail is tried before it is given up
 * @param firstRetry the wait before the second attempt; each later wait doubles
 * @param timeZone the zone in which the inbox shows times
 */
@ConfigurationProperties("bulwark.notify")
public record NotifySettings(
        @DefaultValue("bulwark@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("en") Locale locale,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("Europe/London") ZoneId timeZone) {

    /** The link of an e-mail: the base address and the path, with exactly one slash between. */
    String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
