package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.bulwark.SmtpSink;
import org.bulwark.notify.internal.Letters.Letter;
import org.bulwark.notify.internal.Letters.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Letters against an SMTP server on loopback that can refuse recipients, as a relay refuses unknown mailboxes. */
class LettersIntegrationTests {

    final SmtpSink server = start();
    final Letters letters = new Letters(sender(server.port()), settings());

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void oneMessageCarriesEveryRecipientOfTheSameEMail() {
        List<Map<String, Refusal>> refused = letters.send(List.of(
                new Letter(List.of("ann@partners.example", "bob@partners.example", "cy@partners.example"), "S", "T"),
                new Letter(List.of("dee@partners.example"), "S2", "T2")));

        assertThat(refused).containsExactly(Map.of(), Map.of());
        assertThat(server.messages()).isEqualTo(2);
        assertThat(server.recipients()).isEqualTo(4);
    }

    @Test
    void aRefusedRecipientIsTriedAgainLaterAndTheOthersOfTheMessageGetIt() {
        server.refuse("bob@partners.example");

        List<Map<String, Refusal>> refused = letters.send(List.of(
                new Letter(List.of("ann@partners.example", "bob@partners.example", "cy@partners.example"), "S", "T")));

        assertThat(refused.get(0)).containsOnlyKeys("bob@partners.example");
        assertThat(refused.get(0).get("bob@partners.example").mayRetry()).isTrue();
        assertThat(server.recipients()).isEqualTo(2);
    }

    @Test
    void anAddressThatIsNotOneIsGivenUpAndTheRestAreSent() {
        List<Map<String, Refusal>> refused =
                letters.send(List.of(new Letter(List.of("ann@partners.example", "not an address"), "S", "T")));

        assertThat(refused.get(0)).containsOnlyKeys("not an address");
        assertThat(refused.get(0).get("not an address").mayRetry()).isFalse();
        assertThat(server.recipients()).isEqualTo(1);
    }

    @Test
    void noServerMeansEveryRecipientIsTriedAgainLater() throws Exception {
        server.close();

        List<Map<String, Refusal>> refused =
                letters.send(List.of(new Letter(List.of("ann@partners.example", "bob@partners.example"), "S", "T")));

        assertThat(refused.get(0)).containsOnlyKeys("ann@partners.example", "bob@partners.example");
        assertThat(refused.get(0).values()).allMatch(Refusal::mayRetry);
    }

    private static SmtpSink start() {
        try {
            return SmtpSink.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        properties.put("mail.smtp.sendpartial", "true");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static NotifySettings settings() {
        return new NotifySettings(
                "bulwark@localhost",
                "http://localhost:8080",
                Locale.ENGLISH,
                6,
                Duration.ofSeconds(30),
                ZoneId.of("Europe/London"),
                4,
                250,
                100,
                "-",
                Duration.ofDays(90),
                Duration.ofMinutes(30),
                Duration.ofSeconds(20));
    }
}
