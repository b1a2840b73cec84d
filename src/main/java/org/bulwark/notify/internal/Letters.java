package org.bulwark.notify.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Writes plain-text e-mails and hands many of them to the mail server over one connection. */
@Component
class Letters {

    static final int SUBJECT_MAX = 300;
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final JavaMailSender mail;
    private final NotifySettings settings;

    Letters(JavaMailSender mail, NotifySettings settings) {
        this.mail = mail;
        this.settings = settings;
        // Jakarta Mail looks its stream provider up for every message written; without this property, it scans the
        // class path for it each time, which costs more than the rest of writing the message
        if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, null)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    /**
     * An e-mail from the configured sender.
     *
     * @throws MessagingException when the address is not one; trying again will not help
     */
    MimeMessage write(String to, String subject, String text) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(oneLine(subject), StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        return message;
    }

    /**
     * Sends the messages over one connection; never throws.
     *
     * @return the reason of each message the mail server did not take; empty when it took them all
     */
    Map<MimeMessage, String> send(List<MimeMessage> messages) {
        Map<MimeMessage, String> failed = new IdentityHashMap<>();
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            mail.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                messages.forEach(message -> failed.put(message, MailingRows.describe(e)));
            }
            e.getFailedMessages().forEach((message, cause) -> {
                if (message instanceof MimeMessage mime) {
                    failed.put(mime, MailingRows.describe(cause));
                }
            });
        } catch (RuntimeException e) {
            messages.forEach(message -> failed.put(message, MailingRows.describe(e)));
        }
        return failed;
    }

    /** A subject on one line, cut to a length every mail server takes. */
    static String oneLine(String subject) {
        String line = subject.strip().replaceAll("[\\r\\n]+", " ");
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
    }
}
