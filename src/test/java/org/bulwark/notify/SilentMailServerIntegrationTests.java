package org.bulwark.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail server that takes the connection and then never says a word holds up only the e-mails: the in-app
 * deliveries, text messages and webhooks of the same moment go out at once.
 */
@SpringBootTest(
        properties = {
            "bulwark.notify.delivery.poll-interval=PT0.2S",
            "spring.mail.properties[mail.smtp.timeout]=20000",
            "spring.mail.properties[mail.smtp.connectiontimeout]=20000"
        })
class SilentMailServerIntegrationTests {

    static final List<Socket> HELD = new CopyOnWriteArrayList<>();
    static final ServerSocket SILENT = silentServer();
    static final WebhookReceiver SMS_GATEWAY = WebhookReceiver.started();

    @Autowired
    Deliveries deliveries;

    @Autowired
    Webhooks webhooks;

    @Autowired
    org.bulwark.notify.internal.WebhookReceivers receivers;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void transports(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SILENT::getLocalPort);
        registry.add("bulwark.notify.sms.url", SMS_GATEWAY::url);
    }

    @AfterAll
    static void close() throws IOException {
        for (Socket socket : HELD) {
            socket.close();
        }
        SILENT.close();
        SMS_GATEWAY.close();
    }

    @Test
    void aMailServerThatNeverAnswersDelaysNoOtherChannel() throws Exception {
        try (WebhookReceiver partner = WebhookReceiver.started()) {
            UUID receiver = receivers
                    .register(
                            "Partner",
                            partner.url(),
                            null,
                            List.of(Webhooks.ALERT_ISSUED),
                            org.bulwark.identity.BulwarkUser.of(
                                    UUID.randomUUID(), "c", "Casey", org.bulwark.identity.Role.COORDINATOR))
                    .receiver()
                    .id();
            UUID item = UUID.randomUUID();
            String phone = "+447700900" + (100 + (int) (Math.random() * 800));

            long start = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                deliveries.queue(
                        new Message(item, "test", "Lock down now", "Close every entrance.", null, null),
                        List.of(
                                Recipient.email(null, "first@test.example"),
                                Recipient.email(null, "second@test.example"),
                                Recipient.inApp(UUID.randomUUID()),
                                Recipient.sms(null, phone)));
                webhooks.publish(Webhooks.ALERT_ISSUED, item, "{}");
            });

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !partner.received().isEmpty()
                            && SMS_GATEWAY.received().stream()
                                    .anyMatch(r -> r.body().contains(phone)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(HELD).isNotEmpty();
            Map<Channel, DeliveryState> states = new java.util.EnumMap<>(Channel.class);
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                deliveries.of(item, 0, 10).forEach(d -> states.put(d.channel(), d.state()));
                return states.get(Channel.SMS) == DeliveryState.DELIVERED
                        && states.get(Channel.WEBHOOK) == DeliveryState.DELIVERED;
            });
            assertThat(states.get(Channel.IN_APP)).isEqualTo(DeliveryState.DELIVERED);
            // still being handed over: pending, its row held by the sender that waits for the server
            assertThat(states.get(Channel.EMAIL)).isEqualTo(DeliveryState.PENDING);
            receivers.remove(receiver);
        }
    }

    /** Accepts every connection and keeps it open without a word: no SMTP greeting ever comes. */
    private static ServerSocket silentServer() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        HELD.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
