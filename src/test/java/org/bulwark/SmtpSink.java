package org.bulwark;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on loopback that accepts every message and only counts them and their recipients: what a benchmark
 * needs to see how fast the application hands e-mail to its transport, without a mail store's own costs in the way.
 * A recipient counts once the message carrying it is accepted, as a relay then owes it a copy.
 */
public final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "smtp-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong recipients = new AtomicLong();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final boolean pipelining;

    private SmtpSink(boolean pipelining) throws IOException {
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.pipelining = pipelining;
    }

    /** A server that offers command pipelining (RFC 2920) and answers pipelined commands together. */
    public static SmtpSink start() throws IOException {
        return start(true);
    }

    /** A server that offers pipelining or not: one that does not answers every command before it reads the next. */
    public static SmtpSink start(boolean pipelining) throws IOException {
        SmtpSink sink = new SmtpSink(pipelining);
        sink.connections.execute(sink::accept);
        return sink;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** From now on, refuses this recipient with a permanent error, as a relay refuses an unknown mailbox. */
    public void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    /** Messages accepted so far. */
    public long messages() {
        return messages.get();
    }

    /** Recipients of the messages accepted so far: the e-mails the relay would deliver. */
    public long recipients() {
        return recipients.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
            reply(in, out, "220 sink ESMTP");
            String line;
            int envelope = 0;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4
                        ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" ->
                        reply(
                                in,
                                out,
                                pipelining ? "250-sink\r\n250-PIPELINING\r\n250 8BITMIME" : "250-sink\r\n250 8BITMIME");
                    case "MAIL", "RSET" -> {
                        envelope = 0;
                        reply(in, out, "250 ok");
                    }
                    case "RCPT" -> {
                        String to = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        if (refused.contains(to.toLowerCase(Locale.ROOT))) {
                            reply(in, out, "550 no such mailbox");
                        } else {
                            envelope++;
                            reply(in, out, "250 ok");
                        }
                    }
                    case "DATA" -> {
                        reply(in, out, "354 go on");
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            // the content is not kept
                        }
                        recipients.addAndGet(envelope);
                        messages.incrementAndGet();
                        envelope = 0;
                        reply(in, out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(in, out, "221 bye");
                        return;
                    }
                    default -> reply(in, out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /**
     * Answers a command. The answers go out once no further command is waiting to be read, as RFC 2920 asks of a
     * server that offers pipelining: a client that names many recipients at once gets their answers together.
     */
    private static void reply(BufferedReader in, OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        if (!in.ready()) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
