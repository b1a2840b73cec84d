package org.bulwark.incidents;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Open browser pages, as many as {@link BannerBroadcastBenchmark} asks for, in a process of their own: signs each
 * account in through the login form as a browser does, opens the live-update stream of every page with the session
 * cookie, says {@code READY} on standard output once the server has answered every stream, and then notes for each
 * page the wall-clock time at which each alert's banner event arrives. Says {@code ALL <alert>} once every page has
 * an alert, and stops by itself once it has seen as many alerts as it was told to expect at every page, or when its
 * time is up, writing one line per page and alert: {@code page;account;alert;epoch microseconds}, and saying {@code
 * DONE} with how many streams the server closed and how many had to be opened again.
 *
 * <p>Arguments as {@code name=value}: {@code port}, {@code accounts} (a file of usernames, one a line), {@code
 * password}, {@code pages} (per account), {@code alerts} (how many to expect), {@code seconds} (how long to wait
 * for them once ready), {@code out}. Loopback only.
 */
public final class BannerListeners {

    static final String READY = "READY";
    static final String ALL = "ALL";
    static final String DONE = "DONE";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ALERT = Pattern.compile("\"alert\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    // streams being opened at once; the server's accept queue holds 100
    private static final int OPENING = 64;
    private static final int ATTEMPTS = 3;

    private final String base;
    private final List<String> usernames;
    private final String password;
    private final int pagesPerAccount;
    private final int expected;
    private final long seconds;
    private final Path out;
    private final PrintStream say = System.out;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "listeners");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(executor)
            .build();
    private final Semaphore opening = new Semaphore(OPENING);
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger reopened = new AtomicInteger();
    private final Map<String, AtomicInteger> arrivedPerAlert = new ConcurrentHashMap<>();
    private final List<Page> pages = new ArrayList<>();

    private BannerListeners(Map<String, String> args) throws IOException {
        this.base = "http://127.0.0.1:" + Integer.parseInt(args.get("port"));
        this.usernames = Files.readAllLines(Path.of(args.get("accounts"))).stream()
                .filter(line -> !line.isBlank())
                .toList();
        this.password = args.get("password");
        this.pagesPerAccount = Integer.parseInt(args.get("pages"));
        this.expected = Integer.parseInt(args.get("alerts"));
        this.seconds = Long.parseLong(args.get("seconds"));
        this.out = Path.of(args.get("out"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> named = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            named.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int status = new BannerListeners(named).run();
        System.exit(status);
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        List<String> cookies = signIn();
        say("%d accounts signed in in %.1f s", cookies.size(), (System.nanoTime() - started) / 1e9);

        long opened = System.nanoTime();
        int total = cookies.size() * pagesPerAccount;
        for (int i = 0; i < total; i++) {
            // one account's pages one after another, as the tabs of one person open
            int account = i / pagesPerAccount;
            Page page = new Page(i, usernames.get(account), cookies.get(account));
            pages.add(page);
            if (!opening.tryAcquire(60, TimeUnit.SECONDS)) {
                say("stream %d could not be opened within 60 s", i);
                return 2;
            }
            page.open();
        }
        try {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> open.get() + refused.get() >= total);
        } catch (ConditionTimeoutException notAll) {
            // reported below
        }
        say(
                "%d of %d streams open in %.1f s, %d refused or failed",
                open.get(), total, (System.nanoTime() - opened) / 1e9, refused.get());
        if (open.get() < total) {
            write();
            return 3;
        }
        say.println(READY + " " + open.get());
        say.flush();

        // every page has each alert, or the time is up
        java.util.Set<String> told = new java.util.HashSet<>();
        try {
            await().atMost(Duration.ofSeconds(seconds))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> {
                        for (Map.Entry<String, AtomicInteger> entry : arrivedPerAlert.entrySet()) {
                            if (entry.getValue().get() >= total && told.add(entry.getKey())) {
                                say.println(ALL + " " + entry.getKey());
                                say.flush();
                            }
                        }
                        return told.size() >= expected;
                    });
        } catch (ConditionTimeoutException timeUp) {
            // the pages that missed an alert are in the arrivals written below
        }
        write();
        say(
                "%d streams dropped by the server before the end, %d opened again after no answer",
                dropped.get(), reopened.get());
        say.println(DONE + " dropped=" + dropped.get() + " reopened=" + reopened.get());
        say.flush();
        return 0;
    }

    /** Each account through the login form, a few at a time: the server spends a password hash on each. */
    private List<String> signIn() throws Exception {
        String[] cookies = new String[usernames.size()];
        ExecutorService signing = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            int index = i;
            done.add(signing.submit(() -> {
                cookies[index] = signIn(usernames.get(index));
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        signing.shutdown();
        return List.of(cookies);
    }

    private String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        String cookie = cookie(form, null);
        if (form.statusCode() != 200 || !csrf.find() || cookie == null) {
            throw new IllegalStateException("No login form with a session for " + username + ": " + form.statusCode());
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Login of " + username + " refused: " + answer.statusCode() + " " + location);
        }
        // the session gets a new id on login
        return cookie(answer, cookie);
    }

    /** The session cookie a response sets, as the {@code Cookie} header sends it back, or the one given. */
    private static String cookie(HttpResponse<?> response, String fallback) {
        String found = fallback;
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0].strip();
            if (pair.startsWith("SESSION=") || pair.startsWith("JSESSIONID=")) {
                found = pair;
            }
        }
        return found;
    }

    private void write() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Page page : pages) {
            for (Map.Entry<String, Long> arrival : page.arrivals.entrySet()) {
                lines.append(page.index)
                        .append(';')
                        .append(page.account)
                        .append(';')
                        .append(arrival.getKey())
                        .append(';')
                        .append(arrival.getValue())
                        .append('\n');
            }
        }
        Files.writeString(out, lines);
    }

    private void say(String format, Object... args) {
        say.printf(Locale.ROOT, "[listeners] " + format + "%n", args);
        say.flush();
    }

    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /** One open page: its stream of events, read line by line as they arrive. */
    private final class Page implements Flow.Subscriber<String> {

        private final int index;
        private final String account;
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private boolean counted;
        private boolean finished;
        private String event = "";

        private final String cookie;
        private int attempts;

        Page(int index, String account, String cookie) {
            this.index = index;
            this.account = account;
            this.cookie = cookie;
        }

        /**
         * Opens the stream; one that gets no answer within the timeout is opened again, as a browser's {@code
         * EventSource} would, at most {@link #ATTEMPTS} times.
         */
        synchronized void open() {
            attempts++;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/live"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Accept", "text/event-stream")
                    .header("Cookie", cookie)
                    .build();
            http.sendAsync(request, this::handle).whenComplete((response, error) -> {
                if (error != null) {
                    failedToOpen();
                }
            });
        }

        private synchronized void failedToOpen() {
            if (!counted && attempts < ATTEMPTS) {
                reopened.incrementAndGet();
                open();
            } else {
                failed();
            }
        }

        HttpResponse.BodySubscriber<Void> handle(HttpResponse.ResponseInfo info) {
            if (info.statusCode() != 200) {
                failed();
                return HttpResponse.BodySubscribers.replacing(null);
            }
            return HttpResponse.BodySubscribers.fromLineSubscriber(this);
        }

        synchronized void failed() {
            if (!counted) {
                counted = true;
                refused.incrementAndGet();
                opening.release();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public synchronized void onNext(String line) {
            long now = epochMicros();
            if (line.isEmpty()) {
                event = "";
            } else if (line.startsWith(":connected")) {
                // the server registered the page before it wrote this comment
                if (!counted) {
                    counted = true;
                    open.incrementAndGet();
                    opening.release();
                }
            } else if (line.startsWith("event:")) {
                event = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:") && event.equals("alert")) {
                Matcher alert = ALERT.matcher(line);
                if (alert.find() && arrivals.putIfAbsent(alert.group(1), now) == null) {
                    arrivedPerAlert
                            .computeIfAbsent(alert.group(1), key -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            end();
        }

        @Override
        public void onComplete() {
            end();
        }

        private synchronized void end() {
            if (counted && !finished) {
                finished = true;
                dropped.incrementAndGet();
            } else if (!counted) {
                failedToOpen();
            }
        }
    }
}
