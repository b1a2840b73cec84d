package org.bulwark.incidents.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.RollCallCounts;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The after-action record of an incident as a PDF: its facts, its zones, the roll-call as it stands, and every entry
 * of its timeline with who, when and the detail.
 */
@Component
class AfterActionRecord {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEAD_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final Incidents incidents;
    private final RollCall rollCall;
    private final IncidentNames names;
    private final MessageSource messages;

    AfterActionRecord(Incidents incidents, RollCall rollCall, IncidentNames names, MessageSource messages) {
        this.incidents = incidents;
        this.rollCall = rollCall;
        this.names = names;
        this.messages = messages;
    }

    /** The record as the person may read it, written now. */
    byte[] write(UUID id, BulwarkUser reader, Locale locale) {
        Incident incident = incidents.get(id, reader);
        List<TimelineEntry> timeline = incidents.timeline(id, reader);
        RollCallCounts counts = rollCall.counts(id, reader);
        long escalated = timeline.stream()
                .filter(e -> e.what() == TimelineEntry.What.ESCALATED)
                .count();
        String type = names.type(incident.type(), locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(msg("rollcall.pdf.title", locale, type, incident.place()));
            document.open();
            document.add(new Paragraph(msg("rollcall.pdf.title", locale, type, incident.place()), TITLE));
            document.add(new Paragraph(
                    msg(
                            "rollcall.pdf.generated",
                            locale,
                            IncidentNames.SHOWN.format(Instant.now()),
                            reader.displayName()),
                    TEXT));

            heading(document, msg("rollcall.pdf.facts", locale));
            PdfPTable facts = table(2, new float[] {1, 3});
            fact(facts, msg("incidents.field.type", locale), type);
            fact(facts, msg("incidents.field.place", locale), incident.place());
            fact(
                    facts,
                    msg("incidents.field.status", locale),
                    msg(incident.status().messageKey(), locale));
            fact(facts, msg("rollcall.pdf.occurredAt", locale), IncidentNames.SHOWN.format(incident.occurredAt()));
            fact(
                    facts,
                    msg("rollcall.pdf.declared", locale),
                    incident.declaredBy() + ", " + IncidentNames.SHOWN.format(incident.declaredAt()));
            if (incident.closedAt() != null) {
                fact(facts, msg("rollcall.pdf.closedAt", locale), IncidentNames.SHOWN.format(incident.closedAt()));
            }
            fact(
                    facts,
                    msg("rollcall.wait.label", locale),
                    Long.toString(rollCall.escalationWait(id, reader).toMinutes()));
            document.add(facts);

            heading(document, msg("incidents.zones.title", locale));
            PdfPTable zones = table(4, new float[] {1, 2, 3, 3});
            head(
                    zones,
                    msg("incidents.field.zone", locale),
                    msg("incidents.field.kind", locale),
                    msg("incidents.field.validFrom", locale),
                    msg("incidents.field.validUntil", locale));
            int number = 0;
            for (IncidentZone zone : incident.zones()) {
                number++;
                cells(
                        zones,
                        Integer.toString(number),
                        msg(zone.kind().messageKey(), locale),
                        IncidentNames.SHOWN.format(zone.validFrom()),
                        zone.validUntil() == null
                                ? msg("incidents.zones.openEnded", locale)
                                : IncidentNames.SHOWN.format(zone.validUntil()));
            }
            document.add(zones);

            heading(document, msg("rollcall.counts.title", locale));
            PdfPTable summary = table(2, new float[] {3, 1});
            for (SiteStatus status : SiteStatus.values()) {
                fact(summary, msg(status.messageKey(), locale), Long.toString(counts.of(status)));
            }
            fact(summary, msg("rollcall.status.unanswered", locale), Long.toString(counts.unanswered()));
            fact(summary, msg("rollcall.counts.total", locale), Long.toString(counts.total()));
            fact(summary, msg("rollcall.pdf.escalated", locale), Long.toString(escalated));
            document.add(summary);

            heading(document, msg("incidents.timeline.title", locale));
            PdfPTable entries = table(4, new float[] {2, 2, 4, 4});
            entries.setHeaderRows(1);
            head(
                    entries,
                    msg("rollcall.pdf.when", locale),
                    msg("rollcall.pdf.who", locale),
                    msg("rollcall.pdf.what", locale),
                    msg("rollcall.pdf.detail", locale));
            for (IncidentNames.EventRow row : names.rows(incident, timeline, locale)) {
                cells(entries, row.at(), row.who(), row.text(), row.detail() == null ? "" : row.detail());
            }
            document.add(entries);
        } catch (DocumentException e) {
            throw new IllegalStateException("the after-action record could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void head(PdfPTable table, String... texts) {
        for (String text : texts) {
            PdfPCell cell = new PdfPCell(new Phrase(text, HEAD_CELL));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        }
    }

    private static void cells(PdfPTable table, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, TEXT)));
        }
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, HEAD_CELL)));
        table.addCell(new PdfPCell(new Phrase(value, TEXT)));
    }
}
