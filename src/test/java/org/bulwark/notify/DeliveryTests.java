package org.bulwark.notify;

import org.bulwark.MailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests of alerts and their deliveries, with real transports: an SMTP server, a loopback SMS gateway,
 * and backoff and timeouts short enough for retries to run out within a test. The tests extending it share one
 * application context.
 */
@SpringBootTest(
        properties = {
            "bulwark.notify.delivery.poll-interval=PT0.2S",
            "bulwark.notify.delivery.first-retry=PT0.2S",
            "bulwark.notify.delivery.longest-wait=PT0.5S",
            "bulwark.notify.delivery.max-attempts=3",
            "bulwark.notify.delivery.webhook-timeout=PT3S",
            "bulwark.notify.delivery.webhook-connect-timeout=PT2S",
            "bulwark.notify.delivery.webhook-per-receiver=2",
            "bulwark.incidents.zone-expiry-check=PT0.5S"
        })
@AutoConfigureMockMvc
public abstract class DeliveryTests {

    protected static final MailServer MAIL = MailServer.started();
    protected static final WebhookReceiver SMS_GATEWAY = WebhookReceiver.started();

    @DynamicPropertySource
    static void transports(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("bulwark.notify.base-url", () -> "https://bulwark.example/");
        registry.add("bulwark.notify.sms.url", SMS_GATEWAY::url);
    }
}
