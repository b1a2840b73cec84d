package org.bulwark.notify.internal;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Writes plain-text e-mails and hands them to the mail server over one connection. People who get the same e-mail
 * share one message to the server, with each of them a recipient of its envelope and none named in its header, as
 * mailing lists do: the server delivers a copy to each, and no recipient learns who else got it. Over plain SMTP, a
 * message's recipients are named at once when the server offers pipelining ({@link PipelinedTransport}).
 */
@Component
class Letters {

    static final int SUBJECT_MAX = 300;
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";
    // the header of a message whose recipients are all in its envelope (RFC 5322, 3.4: a group with no members)
    static final String UNDISCLOSED = "undisclosed-recipients:;";

    private final JavaMailSenderImpl mail;
    private final NotifySettings settings;

    Letters(JavaMailSenderImpl mail, NotifySettings settings) {
        this.mail = mail;
        this.settings = settings;
        // Jakarta Mail looks its stream provider up for every message written; without this property, it scans the
        // class path for it each time, which costs more than the rest of writing the message
        if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, null)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    /**
     * Sends each letter to its recipients, all over one connection; never throws.
     *
     * @return for each letter, in the same order, the recipients the server did not take and why; an empty map for
     *     a letter it took for everyone
     */
    List<Map<String, Refusal>> send(List<Letter> letters) {
        List<Map<String, Refusal>> refused = new ArrayList<>(letters.size());
        letters.forEach(letter -> refused.add(new LinkedHashMap<>()));
        if (letters.isEmpty()) {
            return refused;
        }
        Transport transport;
        try {
            String protocol = mail.getProtocol() == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : mail.getProtocol();
            // plain SMTP, with or without STARTTLS, names a message's recipients at once where the server allows it
            transport = protocol.equals(JavaMailSenderImpl.DEFAULT_PROTOCOL)
                    ? new PipelinedTransport(mail.getSession())
                    : mail.getSession().getTransport(protocol);
            transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        } catch (MessagingException | RuntimeException e) {
            for (int i = 0; i < letters.size(); i++) {
                refuseAll(letters.get(i), refused.get(i), Refusal.retry(e));
            }
            return refused;
        }
        try (transport) {
            for (int i = 0; i < letters.size(); i++) {
                boolean connected = send(transport, letters.get(i), refused.get(i));
                if (!connected) {
                    // the server dropped the connection: what is left goes out at the next attempt
                    Refusal gone = new Refusal("The mail server closed the connection", true);
                    for (int rest = i + 1; rest < letters.size(); rest++) {
                        refuseAll(letters.get(rest), refused.get(rest), gone);
                    }
                    break;
                }
            }
        } catch (MessagingException e) {
            // closing failed after everything was handed over: nothing to undo
        }
        return refused;
    }

    /**
     * Hands one letter to the server, recording the recipients it did not take.
     *
     * @return whether the connection is still open
     */
    private boolean send(Transport transport, Letter letter, Map<String, Refusal> refused) {
        // the parsed addresses, and the recipients as the caller wrote them, in the same order
        List<Address> envelope = new ArrayList<>(letter.to().size());
        List<String> recipients = new ArrayList<>(letter.to().size());
        for (String to : letter.to()) {
            try {
                envelope.add(new InternetAddress(to, true));
                recipients.add(to);
            } catch (AddressException e) {
                refused.put(to, Refusal.never(e));
            }
        }
        if (envelope.isEmpty()) {
            return true;
        }
        try {
            transport.sendMessage(write(envelope, letter), envelope.toArray(Address[]::new));
            if (transport instanceof PipelinedTransport pipelined) {
                pipelined
                        .refused()
                        .forEach((address, answer) -> refused.put(
                                recipients.get(envelope.indexOf(address)),
                                new Refusal("The mail server refused the recipient: " + answer, true)));
            }
            return true;
        } catch (SendFailedException e) {
            // the server refused some recipients; those it took, it took
            Address[] taken = e.getValidSentAddresses();
            List<Address> sent = taken == null ? List.of() : List.of(taken);
            for (int i = 0; i < envelope.size(); i++) {
                if (!sent.contains(envelope.get(i))) {
                    refused.put(recipients.get(i), Refusal.retry(e));
                }
            }
            return transport.isConnected();
        } catch (MessagingException | RuntimeException e) {
            recipients.forEach(to -> refused.put(to, Refusal.retry(e)));
            return transport.isConnected();
        }
    }

    private static void refuseAll(Letter letter, Map<String, Refusal> refused, Refusal refusal) {
        letter.to().forEach(to -> refused.put(to, refusal));
    }

    private MimeMessage write(List<Address> envelope, Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(mail.getSession());
        message.setFrom(new InternetAddress(settings.from()));
        if (envelope.size() == 1) {
            message.setRecipient(Message.RecipientType.TO, envelope.get(0));
        } else {
            message.setHeader("To", UNDISCLOSED);
        }
        message.setSubject(oneLine(letter.subject()), StandardCharsets.UTF_8.name());
        message.setText(letter.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.saveChanges();
        if (letter.messageId() != null) {
            // saveChanges writes a new Message-ID; a letter sent again after a crash keeps its own
            message.setHeader("Message-ID", letter.messageId());
        }
        return message;
    }

    /** A subject on one line, cut to a length every mail server takes. */
    static String oneLine(String subject) {
        String line = subject.strip().replaceAll("[\\r\\n]+", " ");
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /**
     * One e-mail for one or more people.
     *
     * @param to the recipients' addresses, at least one
     * @param messageId the Message-ID header, such as {@code <…@bulwark>}, so that a letter handed over again keeps
     *     its identity; null for a new one each time
     */
    record Letter(
            List<String> to,
            String subject,
            String text,
            @Nullable String messageId) {

        Letter {
            to = List.copyOf(new LinkedHashSet<>(to));
            if (to.isEmpty()) {
                throw new IllegalArgumentException("a letter needs a recipient");
            }
        }

        Letter(List<String> to, String subject, String text) {
            this(to, subject, text, null);
        }
    }

    /**
     * Why the server did not take a recipient's e-mail, and whether another attempt may help.
     *
     * @param error what went wrong, for the record
     * @param mayRetry false when trying again cannot help, such as for an address that is not one
     */
    record Refusal(String error, boolean mayRetry) {

        static Refusal retry(Exception e) {
            return new Refusal(MailingRows.describe(e), true);
        }

        static Refusal never(Exception e) {
            return new Refusal(MailingRows.describe(e), false);
        }
    }
}
