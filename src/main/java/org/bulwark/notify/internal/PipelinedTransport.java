package org.bulwark.notify.internal;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * SMTP that names all the recipients of a message at once when the server offers command pipelining (RFC 2920):
 * every {@code RCPT TO} is written before the first answer is read, so that a message for 25 people takes four
 * exchanges with the server instead of 28. A server that does not offer it gets the recipients one at a time, as
 * the mail library sends them, and so does every server when the session property {@code mail.smtp.pipelining} is
 * {@code false}.
 *
 * <p>The recipients the server refused when they were pipelined are in {@link #refused()} once a message has been
 * handed over; when it refused every one, no message is sent and {@link SendFailedException} says so.
 */
final class PipelinedTransport extends SMTPTransport {

    static final String EXTENSION = "PIPELINING";
    // set to false for a relay that offers pipelining but answers each command in a packet of its own, which
    // leaves pipelined answers waiting on the network's acknowledgements
    static final String OFF = "mail.smtp.pipelining";

    private Address[] envelope = new Address[0];
    private final Map<Address, String> refused = new LinkedHashMap<>();

    PipelinedTransport(Session session) {
        super(session, new URLName("smtp", null, -1, null, null, null));
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        envelope = addresses == null ? new Address[0] : addresses.clone();
        refused.clear();
        super.sendMessage(message, addresses);
    }

    /** The recipients of the last message that the server refused, with its answer, when they were pipelined. */
    synchronized Map<Address, String> refused() {
        return Map.copyOf(refused);
    }

    @Override
    protected void rcptTo() throws MessagingException {
        if (envelope.length < 2
                || !supportsExtension(EXTENSION)
                || "false".equalsIgnoreCase(session.getProperty(OFF))) {
            super.rcptTo();
            return;
        }
        for (Address address : envelope) {
            sendCommand("RCPT TO:<" + ((InternetAddress) address).getAddress() + ">");
        }
        List<Address> accepted = new ArrayList<>(envelope.length);
        for (Address address : envelope) {
            int code = readServerResponse();
            if (code == 250 || code == 251) {
                accepted.add(address);
            } else {
                refused.put(address, getLastServerResponse().strip());
            }
        }
        if (accepted.isEmpty()) {
            // the server holds the sender of a message that will not come: forget it before the next one
            issueCommand("RSET", 250);
            throw new SendFailedException(
                    "The mail server refused every recipient", null, new Address[0], new Address[0], envelope);
        }
    }
}
