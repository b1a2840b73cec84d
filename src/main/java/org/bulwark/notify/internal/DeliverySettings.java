package org.bulwark.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deliveries of alerts and webhook events.
 *
 * @param pollInterval how often each node looks for due deliveries (retries, and those a stopped node left)
 * @param firstRetry the wait before the second attempt; each later wait doubles, plus up to a fifth at random
 * @param longestWait the longest wait between two attempts
 * @param maxAttempts how many attempts a delivery gets before it goes to the dead-letter list
 * @param claimTimeout after how long a delivery a node claimed but never finished (the node stopped) is tried again;
 *     longer than any attempt can take
 * @param emailBatch how many e-mail deliveries one sender claims and sends over one connection
 * @param emailSenders how many threads send e-mail deliveries at once; each holds a database connection while it
 *     hands its batch over, the batch's rows locked until their outcome is recorded
 * @param smsSenders how many text messages are handed to the gateway at once
 * @param webhookConnectTimeout how long a webhook receiver has to accept the connection
 * @param webhookTimeout how long a webhook receiver has to answer
 * @param webhookPerReceiver how many requests one receiver gets at once; a slow receiver only holds up itself
 * @param webhookSenders how many webhook requests are in flight at once across every receiver
 */
@ConfigurationProperties("bulwark.notify.delivery")
public record DeliverySettings(
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("PT15S") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestWait,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT5M") Duration claimTimeout,
        @DefaultValue("500") int emailBatch,
        @DefaultValue("4") int emailSenders,
        @DefaultValue("4") int smsSenders,
        @DefaultValue("PT3S") Duration webhookConnectTimeout,
        @DefaultValue("PT10S") Duration webhookTimeout,
        @DefaultValue("4") int webhookPerReceiver,
        @DefaultValue("32") int webhookSenders) {

    public DeliverySettings {
        if (maxAttempts < 1
                || emailBatch < 1
                || emailSenders < 1
                || smsSenders < 1
                || webhookPerReceiver < 1
                || webhookSenders < 1) {
            throw new IllegalArgumentException("bulwark.notify.delivery counts must be at least 1");
        }
    }

    /** The wait after a failed attempt: the first wait doubled for each earlier attempt, at most the longest. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
