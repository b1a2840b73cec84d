package org.bulwark.notify.internal;

import java.util.Set;
import org.bulwark.notify.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wakes the workers of each channel: right after deliveries are queued or replayed, and on a short poll that also
 * frees the deliveries of a node that stopped while sending and picks up retries that fell due.
 */
@Component
class DeliveryWorkers {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final DeliveryRows rows;
    private final EmailDeliveries email;
    private final SmsDeliveries sms;
    private final WebhookDeliveries webhooks;

    DeliveryWorkers(DeliveryRows rows, EmailDeliveries email, SmsDeliveries sms, WebhookDeliveries webhooks) {
        this.rows = rows;
        this.email = email;
        this.sms = sms;
        this.webhooks = webhooks;
    }

    void wake(Set<Channel> channels) {
        if (channels.contains(Channel.EMAIL)) {
            email.wake();
        }
        if (channels.contains(Channel.SMS)) {
            sms.wake();
        }
        if (channels.contains(Channel.WEBHOOK)) {
            webhooks.wake();
        }
    }

    @Scheduled(
            fixedDelayString = "${bulwark.notify.delivery.poll-interval:PT2S}",
            initialDelayString = "${bulwark.notify.delivery.poll-interval:PT2S}")
    void poll() {
        try {
            int released = rows.releaseStaleClaims();
            if (released > 0) {
                log.info("Released {} deliveries left unfinished by a stopped node", released);
            }
            if (rows.anyDue(Channel.EMAIL)) {
                email.wake();
            }
            if (rows.anyDue(Channel.SMS)) {
                sms.wake();
            }
            if (rows.anyDue(Channel.WEBHOOK)) {
                webhooks.wake();
            }
        } catch (RuntimeException e) {
            log.warn("Looking for due deliveries failed: {}", e.toString());
        }
    }
}
