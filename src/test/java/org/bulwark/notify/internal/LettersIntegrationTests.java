package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

/**
 * Letters against an SMTP server on loopback that can refuse recipients, as a relay refuses unknown mailboxes, and
 * that offers command pipelining; {@link LettersWithoutPipeliningIntegrationTests} runs the same against one that
 * does not.
 */
class LettersIntegrationTests {

    final SmtpSink server = start(pipelining());
    final ByteArrayOutputStream conversation = new ByteArrayOutputStream();
    final Letters letters = new Letters(sender(server.port(), conversation), settings());

    boolean pipelining() {
        return true;
    }

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
    void theRecipientsOfAMessageAreNamedAtOnceWhenTheServerOffersPipeliningAndOneByOneOtherwise() {
        List<Map<String, Refusal>> refused = letters.send(List.of(
                new Letter(List.of("ann@partners.example", "bob@partners.example", "cy@partners.example"), "S", "T")));

        assertThat(refused).containsExactly(Map.of());
        // the client's commands and the server's answers, in the order the client wrote and read them
        List<String> exchange = conversation
                .toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("RCPT TO:") || line.startsWith("250 ok") || line.equals("DATA"))
                .toList();
        List<String> named = List.of(
                "RCPT TO:<ann@partners.example>", "RCPT TO:<bob@partners.example>", "RCPT TO:<cy@partners.example>");
        if (pipelining()) {
            assertThat(exchange).containsSubsequence(named.get(0), named.get(1), named.get(2), "250 ok", "250 ok");
            assertThat(exchange.subList(exchange.indexOf(named.get(0)), exchange.indexOf(named.get(0)) + 3))
                    .containsExactlyElementsOf(named);
        } else {
            assertThat(exchange)
                    .containsSubsequence(
                            named.get(0), "250 ok", named.get(1), "250 ok", named.get(2), "250 ok", "DATA");
        }
        assertThat(server.recipients()).isEqualTo(3);
    }

    @Test
    void aMessageWhoseEveryRecipientIsRefusedIsNotSentAndTheNextOneIs() {
        server.refuse("ann@partners.example");
        server.refuse("bob@partners.example");

        List<Map<String, Refusal>> refused = letters.send(List.of(
                new Letter(List.of("ann@partners.example", "bob@partners.example"), "S", "T"),
                new Letter(List.of("cy@partners.example", "dee@partners.example"), "S2", "T2")));

        assertThat(refused.get(0)).containsOnlyKeys("ann@partners.example", "bob@partners.example");
        assertThat(refused.get(0).values()).allMatch(Refusal::mayRetry);
        assertThat(refused.get(1)).isEmpty();
        assertThat(server.messages()).isEqualTo(1);
        assertThat(server.recipients()).isEqualTo(2);
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

    private static SmtpSink start(boolean pipelining) {
        try {
            return SmtpSink.start(pipelining);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JavaMailSenderImpl sender(int port, ByteArrayOutputStream conversation) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        properties.put("mail.smtp.sendpartial", "true");
        sender.setJavaMailProperties(properties);
        sender.getSession().setDebugOut(new PrintStream(conversation, true, StandardCharsets.UTF_8));
        sender.getSession().setDebug(true);
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
