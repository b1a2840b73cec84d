package org.bulwark.sites.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads sites from CSV with a header row. Columns: {@value #COLUMNS}; the organisation is given by its name.
 * Commas or semicolons separate values; UTF-8 (with or without byte-order mark) and Windows-1252 are understood.
 */
public final class CsvSiteFile {

    public static final String COLUMNS = "name,address,latitude,longitude,sector,use_type,capacity,organisation,"
            + "contact_name,contact_phone,contact_email,opening_hours";

    public static final List<String> REQUIRED =
            List.of("name", "address", "latitude", "longitude", "sector", "use_type", "capacity");

    private static final Map<String, String> ALIASES = Map.of(
            "lat", "latitude",
            "lon", "longitude",
            "lng", "longitude",
            "use", "use_type",
            "type", "use_type",
            "organization", "organisation",
            "email", "contact_email",
            "phone", "contact_phone");

    private CsvSiteFile() {}

    public static List<ImportRow> read(byte[] content) {
        String text = decode(content);
        int[] lineStarts = lineStarts(text);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            int width = parser.getHeaderNames().size();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int line = (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber());
                    throw new ImportFileProblem(
                            "sites.import.file.malformed",
                            "the file is not valid CSV near line " + line + " (often a quote that is never closed)",
                            line);
                }
                int start = (int) record.getCharacterPosition();
                // a record after blank lines starts where the blank lines do
                while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                    start++;
                }
                int line = lineOf(lineStarts, start) + 1;
                List<FieldProblem> problems = new ArrayList<>();
                if (record.size() != width) {
                    problems.add(FieldProblem.of("row", "sites.error.row.width", record.size(), width));
                }
                rows.add(new ImportRow(line, input(record, columns), problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ImportFileProblem(
                    "sites.import.file.header",
                    "the header row is not valid: " + e.getMessage() + "; expected " + COLUMNS,
                    e.getMessage(),
                    COLUMNS);
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = normal(header.get(i));
            columns.putIfAbsent(ALIASES.getOrDefault(key, key), i);
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (header.isEmpty()) {
            throw new ImportFileProblem(
                    "sites.import.file.empty", "the file is empty; it needs a header row: " + COLUMNS, COLUMNS);
        }
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            throw new ImportFileProblem(
                    "sites.import.file.columns",
                    "the header row lacks the column(s) " + list + "; the first line must be: " + COLUMNS,
                    list,
                    COLUMNS);
        }
        return columns;
    }

    private static SiteInput input(CSVRecord record, Map<String, Integer> columns) {
        return new SiteInput(
                value(record, columns, "name"),
                value(record, columns, "address"),
                value(record, columns, "latitude"),
                value(record, columns, "longitude"),
                value(record, columns, "sector"),
                value(record, columns, "use_type"),
                value(record, columns, "capacity"),
                value(record, columns, "organisation"),
                value(record, columns, "contact_name"),
                value(record, columns, "contact_phone"),
                value(record, columns, "contact_email"),
                value(record, columns, "opening_hours"));
    }

    private static @Nullable String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static String normal(@Nullable String header) {
        return header == null
                ? ""
                : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    static String decode(byte[] content) {
        int start = content.length >= 3
                        && content[0] == (byte) 0xEF
                        && content[1] == (byte) 0xBB
                        && content[2] == (byte) 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            // spreadsheets on Windows save CSV in Windows-1252 unless told otherwise
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The 0-based line holding a character position. */
    private static int lineOf(int[] lineStarts, int position) {
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found : -found - 2;
    }
}
