package org.bulwark.incidents.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bulwark.incidents.Accreditation;

/**
 * The accreditation desk's list as CSV (RFC 4180): one person a line, never a refusal reason. A cell that a
 * spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class AccreditationCsv {

    static final String HEADER = "name,employer,role,areas,status,decided_at,decided_by";

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private AccreditationCsv() {}

    static String write(List<Accreditation> people) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Accreditation a : people) {
            csv.append(cell(a.name()))
                    .append(',')
                    .append(cell(a.employer()))
                    .append(',')
                    .append(cell(a.role()))
                    .append(',')
                    .append(cell(String.join(" ", a.areas())))
                    .append(',')
                    .append(a.status().name())
                    .append(',')
                    .append(AT.format(a.decidedAt()))
                    .append(',')
                    .append(cell(a.decidedBy()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
