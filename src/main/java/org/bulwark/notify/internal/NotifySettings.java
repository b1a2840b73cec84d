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
 * @param timeZone the zone in which the inbox shows times and the daily digest is sent
 * @param senders how many threads send mailings at once, each over its own connection to the mail server
 * @param batchSize how many mailings one sender claims, writes and sends over one connection at a time
 * @param recipientsPerMessage how many people given the same e-mail share one message to the mail server, each a
 *     recipient of its envelope; 1 sends a message each. Mail servers take at least 100 (RFC 5321, 4.5.3.1.8)
 * @param digestCron when the daily digest is sent, a cron expression in {@code timeZone}; {@code -} sends none
 * @param mailingsKept how long finished mailings are kept, which is also how long a repeated queue call is
 *     recognised
 * @param liveTimeout how long one live-update connection stays open before the browser is asked to reconnect
 * @param liveHeartbeat how often an idle live-update connection gets a comment, so proxies keep it open
 */
@ConfigurationProperties("bulwark.notify")
public record NotifySettings(
        @DefaultValue("bulwark@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("en") Locale locale,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("Europe/London") ZoneId timeZone,
        @DefaultValue("4") int senders,
        @DefaultValue("250") int batchSize,
        @DefaultValue("100") int recipientsPerMessage,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("P90D") Duration mailingsKept,
        @DefaultValue("PT30M") Duration liveTimeout,
        @DefaultValue("PT20S") Duration liveHeartbeat) {

    public NotifySettings {
        if (senders < 1 || batchSize < 1 || recipientsPerMessage < 1) {
            throw new IllegalArgumentException(
                    "bulwark.notify.senders, batch-size and recipients-per-message must be at least 1");
        }
    }

    /** The link of an e-mail: the base address and the path, with exactly one slash between. */
    String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
