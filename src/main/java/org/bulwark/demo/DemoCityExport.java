package org.bulwark.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the sites of the demo city to a CSV file (RFC 4180, UTF-8), for benchmarks and import tests:
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=org.bulwark.demo.DemoCityExport -Dexec.args="1000000 target/port-alder-1m.csv"</pre>
 *
 * <p>Arguments: the number of sites (default {@value DemoCity#DEMO_SITE_COUNT}) and the output file (default
 * {@code target/port-alder-<count>.csv}). The sites are written as they are made, so memory use does not grow with
 * the count.
 */
public final class DemoCityExport {

    static final String HEADER = "name,address,latitude,longitude,sector,use_type,capacity,organisation,"
            + "contact_name,contact_phone,contact_email,opening_hours";

    private DemoCityExport() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? parseCount(args[0]) : DemoCity.DEMO_SITE_COUNT;
        Path file = Path.of(args.length > 1 ? args[1] : "target/port-alder-" + count + ".csv");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        long started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(new DemoCity(), count, out);
        }
        System.out.printf(
                "Wrote %,d sites of %s to %s in %,d ms%n",
                count, DemoCity.NAME, file, (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the header and the first {@code count} sites of the city. */
    static void write(DemoCity city, int count, Writer out) throws IOException {
        Map<UUID, String> organisationNames =
                city.organisations().stream().collect(Collectors.toMap(DemoOrganisation::id, DemoOrganisation::name));
        Function<DemoSite, String> organisation =
                site -> site.organisationId() == null ? "" : organisationNames.get(site.organisationId());
        out.write(HEADER);
        out.write("\r\n");
        try {
            city.sites(count).forEachOrdered(site -> {
                try {
                    out.write(String.join(
                            ",",
                            field(site.name()),
                            field(site.address()),
                            Double.toString(site.location().latitude()),
                            Double.toString(site.location().longitude()),
                            site.sectorCode(),
                            site.useType(),
                            Integer.toString(site.capacity()),
                            field(organisation.apply(site)),
                            field(site.contactName()),
                            field(site.contactPhone()),
                            field(site.contactEmail()),
                            field(site.openingHours())));
                    out.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static int parseCount(String text) {
        try {
            int count = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (count < 0) {
                throw new IllegalArgumentException("the number of sites must be zero or more, was " + text);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the number of sites must be a whole number, was '" + text + "'", e);
        }
    }
}
