package org.bulwark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark report, docs/BENCHMARKS.md, shared by the benchmarks: each writes its own section between markers
 * and leaves the others as they are, so that one benchmark can be rerun alone.
 */
public final class BenchmarkReport {

    private static final String HEADER =
            "# Benchmarks\n\nProduced by `./mvnw -Pbenchmark verify`; each section names the"
                    + " class that measures it and is rewritten when that class runs again. Smoke runs"
                    + " (`-Dbenchmark.smoke=true`) write to `target/benchmark/` instead.\n\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private BenchmarkReport() {}

    /** Replaces the section of this name in the report, or adds it at the end; creates the report if need be. */
    public static void write(Path report, String section, String markdown) throws IOException {
        String begin = "<!-- begin " + section + " -->\n";
        String end = "<!-- end " + section + " -->\n";
        String text = Files.exists(report) ? Files.readString(report) : HEADER;
        if (!text.startsWith("# Benchmarks")) {
            text = HEADER + text;
        }
        String block = begin + markdown.strip() + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + block;
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
    }

    /** A table of the machine a benchmark ran on, with extra rows such as database versions. */
    public static String machine(Instant started, List<String[]> extraRows) {
        StringBuilder md = new StringBuilder("| | |\n|---|---|\n");
        md.append("| date | ")
                .append(DATE.format(started.atOffset(ZoneOffset.UTC)))
                .append(" |\n");
        md.append("| CPU | ").append(cpuModel()).append(" |\n");
        md.append("| cores | ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" |\n");
        md.append("| RAM | ").append(memory()).append(" |\n");
        md.append("| OS | ").append(operatingSystem()).append(" |\n");
        md.append("| JDK | ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" |\n");
        for (String[] row : extraRows) {
            md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
        }
        md.append("| heap | ")
                .append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20)
                .append(" MiB max |\n");
        return md.toString();
    }

    /** The machine's load average over 1, 5 and 15 minutes, as /proc gives it, or "?" where it cannot be read. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** An environment variable, or the fallback where it is not set or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String cpuModel() {
        return value(Path.of("/proc/cpuinfo"), "model name", ':').orElse(System.getProperty("os.arch"));
    }

    static String memory() {
        return value(Path.of("/proc/meminfo"), "MemTotal", ':')
                .map(kb -> String.format(
                        java.util.Locale.ROOT,
                        "%.1f GiB",
                        Long.parseLong(kb.replace("kB", "").strip()) / 1048576.0))
                .orElse("?");
    }

    static String operatingSystem() {
        String name = value(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
        return name + ", kernel " + System.getProperty("os.version");
    }

    private static Optional<String> value(Path file, String key, char separator) {
        try {
            for (String line : Files.readAllLines(file)) {
                int at = line.indexOf(separator);
                if (at > 0 && line.substring(0, at).strip().equals(key)) {
                    return Optional.of(line.substring(at + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
