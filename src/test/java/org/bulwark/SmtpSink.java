package org.bulwark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    private SmtpSink() throws IOException {
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    }

    public static SmtpSink start() throws IOException {
        SmtpSink sink = new SmtpSink();
        sink.connections.execute(sink::accept);
        return sink;
    }

    public int port() {
        return server.getLocalPort();
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
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            int envelope = 0;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4
                        ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "MAIL", "RSET" -> {
                        envelope = 0;
                        reply(out, "250 ok");
                    }
                    case "RCPT" -> {
                        envelope++;
                        reply(out, "250 ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 go on");
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            // the content is not kept
                        }
                        recipients.addAndGet(envelope);
                        messages.incrementAndGet();
                        envelope = 0;
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
