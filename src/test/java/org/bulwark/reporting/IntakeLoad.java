package org.bulwark.reporting;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends partner-system reports to {@code POST /api/v1/reports} at a fixed arrival rate, as a process of its own, and
 * writes what came back. An open model: report {@code i} is due at {@code start + i / rate} whether or not earlier
 * ones were answered, and its latency is counted from that moment, so time spent waiting for a free connection is
 * part of it. At most {@code connections} requests are in flight, each over its own kept-alive HTTP/1.1 connection.
 * Every request is built before the clock starts, so that the sender spends its time sending.
 *
 * <pre>
 * java -cp ... org.bulwark.reporting.IntakeLoad port=8080 token=... rate=1100 warmup=10 seconds=30 connections=64
 *     sites=sites.txt out=summary.properties
 * </pre>
 *
 * {@code sites} names a file with one line per site, {@code id;latitude;longitude}. The summary is a properties file;
 * its keys are the constants of {@link Summary}; beside it, {@code out.created} lists the reports answered 201.
 */
public final class IntakeLoad {

    private static final List<String> CATEGORIES = List.of(
            "breach-intrusion",
            "misrepresentation",
            "theft-loss-diversion",
            "sabotage-tampering-vandalism",
            "cyberattack",
            "expressed-implied-threat",
            "aviation-activity",
            "eliciting-information",
            "testing-probing-security",
            "recruiting-financing",
            "photography",
            "observation-surveillance",
            "materials-acquisition-storage",
            "acquisition-expertise",
            "weapons-collection-discovery",
            "sector-specific-incident");
    private static final List<String> SECTORS = List.of(
            "night-time-economy",
            "stadia-arenas",
            "retail",
            "transport",
            "hotels-restaurants",
            "visitor-attractions",
            "commercial-centres");
    private static final List<String> SEEN = List.of(
            "A man filmed the staff entrance and the barriers for about ten minutes, then left when approached.",
            "Two people asked the door staff when the deliveries arrive and how many guards work at night.",
            "A van was parked for an hour in the drop-off lane with its engine running; the driver watched the queue.",
            "Someone tried the emergency exit doors one after the other and walked off when the alarm sounded.",
            "A drone hovered over the crowd at the east gate for several minutes before the match.",
            "A rucksack was left under a bench near the ticket office; its owner came back twenty minutes later.",
            "A caller claiming to be from the fire service asked for the evacuation plan to be e-mailed to them.",
            "A person in a high-visibility jacket without a pass tried to follow staff through the service door.",
            "Photographs were taken of the CCTV cameras and the control room windows from across the street.",
            "A customer bought large quantities of hydrogen peroxide and asked whether more could be ordered.");
    private static final List<String> APPEARANCES = List.of(
            "Tall, dark jacket, grey cap, carried a black rucksack",
            "Short, yellow high-visibility vest, no badge",
            "Medium build, blue hoodie, sunglasses, white trainers");
    private static final List<String> BEHAVIOURS = List.of(
            "Paced the same stretch of pavement several times and took notes",
            "Filmed the entrance with a phone held low at waist height",
            "Asked staff about shift changes and then left quickly");
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private IntakeLoad() {}

    /** The keys of the summary file. */
    /** Written to standard output when the first request of the measured window is due. */
    public static final String WINDOW_BEGINS = "[intake load] the measured window begins";

    /** Written to standard output when the last request is due. */
    public static final String WINDOW_ENDS = "[intake load] the measured window ends";

    public static final class Summary {
        public static final String SENT = "sent";
        public static final String CREATED = "created";
        public static final String UNANSWERED = "unanswered";
        public static final String ERRORS = "errors";
        public static final String STATUSES = "statuses";
        public static final String MEASURED = "measured";
        public static final String MEASURED_CREATED = "measuredCreated";
        public static final String OFFERED_RATE = "offeredRate";
        public static final String ACHIEVED_RATE = "achievedRate";
        public static final String P50 = "p50";
        public static final String P95 = "p95";
        public static final String P99 = "p99";
        public static final String MAX = "max";
        public static final String FIRST_ERROR = "firstError";

        private Summary() {}
    }

    record Site(String id, double latitude, double longitude) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int at = arg.indexOf('=');
            options.put(arg.substring(0, at), arg.substring(at + 1));
        }
        int port = Integer.parseInt(options.get("port"));
        String token = options.get("token");
        double rate = Double.parseDouble(options.getOrDefault("rate", "1100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "64"));
        double centreLatitude = Double.parseDouble(options.getOrDefault("latitude", "53.31"));
        double centreLongitude = Double.parseDouble(options.getOrDefault("longitude", "0.25"));
        List<Site> sites = new ArrayList<>();
        if (options.containsKey("sites")) {
            for (String line : Files.readAllLines(Path.of(options.get("sites")))) {
                String[] parts = line.split(";");
                if (parts.length == 3) {
                    sites.add(new Site(parts[0], Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
                }
            }
        }
        Path out = Path.of(options.getOrDefault("out", "intake-load.properties"));

        int total = (int) Math.round(rate * (warmup + seconds));
        int warmupCount = (int) Math.round(rate * warmup);
        Random random = new Random(20261201L);
        byte[][] requests = new byte[total][];
        Instant now = Instant.now();
        for (int i = 0; i < total; i++) {
            requests[i] =
                    request(port, token, body(random, now, sites, centreLatitude, centreLongitude), UUID.randomUUID());
        }
        log(
                "%,d requests built; sending at %.0f/s for %d s (%d s warm-up) over at most %d connections",
                total, rate, warmup + seconds, warmup, connections);

        Run run = new Run(port, requests, rate, connections);
        run.go(Duration.ofSeconds(warmup + seconds + 30), warmupCount);

        Properties summary = run.summary(warmupCount, seconds);
        try (OutputStream file = Files.newOutputStream(out)) {
            summary.store(file, "intake load");
        }
        Files.write(Path.of(out + ".created"), run.created());
        log(
                "sent %s, 201 %s, statuses %s, errors %s, unanswered %s; measured: %s at %s/s offered, %s/s achieved;"
                        + " p50 %s ms, p95 %s ms, p99 %s ms, max %s ms",
                summary.get(Summary.SENT),
                summary.get(Summary.CREATED),
                summary.get(Summary.STATUSES),
                summary.get(Summary.ERRORS),
                summary.get(Summary.UNANSWERED),
                summary.get(Summary.MEASURED),
                summary.get(Summary.OFFERED_RATE),
                summary.get(Summary.ACHIEVED_RATE),
                summary.get(Summary.P50),
                summary.get(Summary.P95),
                summary.get(Summary.P99),
                summary.get(Summary.MAX));
        System.exit(0);
    }

    /** One run: a pacer that releases each request when it is due, and one sender per connection. */
    static final class Run {

        private static final int UNANSWERED = 0;
        private static final int FAILED = -1;

        private final int port;
        private final byte[][] requests;
        private final long periodNanos;
        private final int connections;
        private final long[] due;
        private final long[] answered;
        private final int[] status;
        private final String[] location;
        private final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        private final AtomicInteger sent = new AtomicInteger();
        private volatile boolean stopped;
        private volatile String firstError = "";
        private long start;

        Run(int port, byte[][] requests, double rate, int connections) {
            this.port = port;
            this.requests = requests;
            this.periodNanos = (long) (1e9 / rate);
            this.connections = connections;
            this.due = new long[requests.length];
            this.answered = new long[requests.length];
            this.status = new int[requests.length];
            this.location = new String[requests.length];
        }

        /** Sends every request when due; says when the measured window begins and when its last request is due. */
        void go(Duration limit, int warmupCount) throws InterruptedException {
            List<Thread> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Thread sender = new Thread(this::send, "sender-" + c);
                sender.setDaemon(true);
                senders.add(sender);
            }
            start = System.nanoTime();
            senders.forEach(Thread::start);
            for (int i = 0; i < requests.length; i++) {
                due[i] = start + i * periodNanos;
                long wait = due[i] - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (i == warmupCount) {
                    mark(WINDOW_BEGINS);
                }
                queue.add(i);
            }
            mark(WINDOW_ENDS);
            for (int c = 0; c < connections; c++) {
                queue.add(-1);
            }
            long deadline = start + limit.toNanos();
            for (Thread sender : senders) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    sender.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
            // nothing more is sent; what is in flight is waited for, as long as a connection waits for an answer
            stopped = true;
            for (Thread sender : senders) {
                sender.join(TimeUnit.SECONDS.toMillis(35));
            }
        }

        /** The identifiers of the reports answered 201, from their Location headers. */
        List<String> created() {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < requests.length; i++) {
                if (status[i] == 201 && location[i] != null) {
                    ids.add(location[i].substring(location[i].lastIndexOf('/') + 1));
                }
            }
            return ids;
        }

        private void send() {
            Connection connection = null;
            try {
                while (true) {
                    int i = queue.take();
                    if (i < 0 || stopped) {
                        return;
                    }
                    sent.incrementAndGet();
                    try {
                        if (connection == null) {
                            connection = new Connection(port);
                        }
                        int code = connection.exchange(requests[i]);
                        answered[i] = System.nanoTime();
                        status[i] = code;
                        location[i] = connection.location;
                        if (connection.closing) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException | RuntimeException e) {
                        answered[i] = System.nanoTime();
                        status[i] = FAILED;
                        if (firstError.isEmpty()) {
                            firstError = e.toString();
                        }
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (connection != null) {
                    connection.close();
                }
            }
        }

        Properties summary(int warmupCount, int seconds) {
            Map<Integer, Integer> statuses = new TreeMap<>();
            int created = 0;
            int errors = 0;
            int unanswered = 0;
            int measured = 0;
            int measuredCreated = 0;
            long windowStart = start + warmupCount * periodNanos;
            long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(seconds);
            int completedInWindow = 0;
            double[] latencies = new double[requests.length];
            int counted = 0;
            for (int i = 0; i < requests.length; i++) {
                int code = status[i];
                if (code == UNANSWERED) {
                    unanswered++;
                } else if (code == FAILED) {
                    errors++;
                } else {
                    statuses.merge(code, 1, Integer::sum);
                    if (code == 201) {
                        created++;
                        if (answered[i] >= windowStart && answered[i] < windowEnd) {
                            completedInWindow++;
                        }
                    }
                }
                if (i >= warmupCount) {
                    measured++;
                    if (code == 201) {
                        measuredCreated++;
                    }
                    // a request never answered counts as the longest wait there was: until the run stopped
                    long end = code == UNANSWERED ? System.nanoTime() : answered[i];
                    latencies[counted++] = (end - due[i]) / 1e6;
                }
            }
            double[] sorted = Arrays.copyOf(latencies, counted);
            Arrays.sort(sorted);
            Properties summary = new Properties();
            summary.setProperty(Summary.SENT, Integer.toString(sent.get()));
            summary.setProperty(Summary.CREATED, Integer.toString(created));
            summary.setProperty(Summary.UNANSWERED, Integer.toString(unanswered));
            summary.setProperty(Summary.ERRORS, Integer.toString(errors));
            summary.setProperty(Summary.STATUSES, statuses.toString());
            summary.setProperty(Summary.MEASURED, Integer.toString(measured));
            summary.setProperty(Summary.MEASURED_CREATED, Integer.toString(measuredCreated));
            summary.setProperty(Summary.OFFERED_RATE, format(1e9 / periodNanos));
            summary.setProperty(Summary.ACHIEVED_RATE, format(completedInWindow / (double) seconds));
            summary.setProperty(Summary.P50, format(percentile(sorted, 50)));
            summary.setProperty(Summary.P95, format(percentile(sorted, 95)));
            summary.setProperty(Summary.P99, format(percentile(sorted, 99)));
            summary.setProperty(Summary.MAX, format(percentile(sorted, 100)));
            summary.setProperty(Summary.FIRST_ERROR, firstError);
            return summary;
        }
    }

    /** One kept-alive HTTP/1.1 connection that sends a prepared request and reads the whole answer. */
    static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean closing;
        private String location;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("Not an HTTP answer: " + statusLine);
            }
            int code = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            location = null;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    case "location" -> location = value;
                    default -> {}
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16);
                        size > 0;
                        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers carry nothing this load needs
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0) {
                // no length and not chunked: the body runs until the server closes
                in.transferTo(OutputStream.nullOutputStream());
                closing = true;
            }
            return code;
        }

        private void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("The connection closed inside an answer");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("The connection closed inside an answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that is already broken
            }
        }
    }

    static byte[] request(int port, String token, String body, UUID idempotencyKey) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/reports HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Idempotency-Key: " + idempotencyKey + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        return request;
    }

    /**
     * A report as a partner system sends one: mostly with a behaviour category, placed at a site of the registry or
     * by a point in the city, sometimes with people, a plate, a phone number or an online handle.
     */
    static String body(Random random, Instant now, List<Site> sites, double latitude, double longitude) {
        StringBuilder json = new StringBuilder(1024).append('{');
        json.append("\"observedAt\":\"")
                .append(now.minusSeconds(60 + random.nextInt(6 * 3600)))
                .append('"');
        if (!sites.isEmpty() && random.nextInt(100) < 40) {
            Site site = sites.get(random.nextInt(sites.size()));
            json.append(",\"site\":\"").append(site.id()).append('"');
        } else {
            // within about 5 km of the centre
            double lat = latitude + (random.nextDouble() - 0.5) * 0.09;
            double lon = longitude + (random.nextDouble() - 0.5) * 0.15;
            json.append(String.format(Locale.ROOT, ",\"latitude\":%.6f,\"longitude\":%.6f", lat, lon));
            json.append(",\"sector\":\"")
                    .append(SECTORS.get(random.nextInt(SECTORS.size())))
                    .append('"');
        }
        if (random.nextInt(100) < 90) {
            json.append(",\"category\":\"")
                    .append(CATEGORIES.get(random.nextInt(CATEGORIES.size())))
                    .append('"');
        }
        json.append(",\"description\":\"")
                .append(SEEN.get(random.nextInt(SEEN.size())))
                .append(" Reported by the control room, camera ")
                .append(1 + random.nextInt(240))
                .append(".\"");
        if (random.nextInt(100) < 40) {
            json.append(",\"people\":[{\"appearance\":\"")
                    .append(APPEARANCES.get(random.nextInt(APPEARANCES.size())))
                    .append("\",\"behaviour\":\"")
                    .append(BEHAVIOURS.get(random.nextInt(BEHAVIOURS.size())))
                    .append("\"}]");
        }
        if (random.nextInt(100) < 30) {
            json.append(",\"vehicles\":[{\"plate\":\"").append(plate(random)).append("\",\"description\":\"");
            json.append(random.nextBoolean() ? "white van, ladder on the roof" : "dark grey saloon, tinted windows");
            json.append("\"}]");
        }
        if (random.nextInt(100) < 20) {
            json.append(",\"phoneNumbers\":[\"+44 7")
                    .append(String.format(Locale.ROOT, "%03d %06d", random.nextInt(1000), random.nextInt(1_000_000)))
                    .append("\"]");
        }
        if (random.nextInt(100) < 5) {
            json.append(",\"handles\":[{\"platform\":\"Telegram\",\"handle\":\"@watcher_")
                    .append(random.nextInt(500))
                    .append("\"}]");
        }
        json.append(",\"language\":\"en\"}");
        return json.toString();
    }

    private static String plate(Random random) {
        StringBuilder plate = new StringBuilder(8);
        plate.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        plate.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        plate.append(String.format(Locale.ROOT, "%02d ", random.nextInt(100)));
        for (int i = 0; i < 3; i++) {
            plate.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        }
        return plate.toString();
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p >= 100) {
            return sorted[sorted.length - 1];
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void mark(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[intake load] " + format + "%n", args);
    }
}
