package org.bulwark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/** A real SMTP server for tests, on a free port, that can be stopped and started again on the same port. */
public final class MailServer {

    private final int port;
    private GreenMail greenMail;

    public MailServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.greenMail = newServer();
    }

    /** A server on a free port, started. */
    public static MailServer started() {
        MailServer server = new MailServer();
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    public void start() {
        greenMail.start();
    }

    public void stop() {
        greenMail.stop();
    }

    /** Starts a fresh server on the same port, as a mail server back after an outage. */
    public void restart() {
        greenMail.stop();
        greenMail = newServer();
        greenMail.start();
    }

    /**
     * The messages delivered to this address so far: those the address was a recipient of, named in the header or
     * only in the envelope.
     */
    public List<MimeMessage> messagesTo(String address) {
        return greenMail
                .findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()), message -> true)
                .toList();
    }

    /** Every message delivered so far, one per recipient mailbox. */
    public List<MimeMessage> all() {
        return List.of(greenMail.getReceivedMessages());
    }

    private GreenMail newServer() {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
