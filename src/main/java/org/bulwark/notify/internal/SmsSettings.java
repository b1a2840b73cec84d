package org.bulwark.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway.
 *
 * @param url where text messages are posted as JSON ({@code {"to": …, "text": …}}); empty writes them to the log
 *     instead, for development and demonstrations
 * @param authorization the value of the Authorization header sent to the gateway, or empty for none
 * @param timeout how long the gateway has to answer
 */
@ConfigurationProperties("bulwark.notify.sms")
public record SmsSettings(
        @DefaultValue("") String url,
        @DefaultValue("") String authorization,
        @DefaultValue("PT10S") Duration timeout) {}
