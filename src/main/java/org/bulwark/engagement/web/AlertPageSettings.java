package org.bulwark.engagement.web;

import java.time.ZoneId;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are shown and linked.
 *
 * @param baseUrl where the public alert pages are reached from outside, for the absolute links inside CAP messages
 *     and the Atom feed, which are read away from Bulwark; without a trailing slash
 * @param timeZone the zone in which the pages show times and the expiry on the form is typed
 */
@ConfigurationProperties("bulwark.engagement")
record AlertPageSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Europe/London") ZoneId timeZone) {

    AlertPageSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String publicPage(UUID message) {
        return baseUrl + "/public/alerts/" + message;
    }

    String publicCap(UUID message) {
        return baseUrl + "/public/alerts/" + message + ".xml";
    }
}
