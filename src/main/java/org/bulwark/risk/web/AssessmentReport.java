package org.bulwark.risk.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.bulwark.risk.internal.ScoredAssessment;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The PDF report of an assessment: site, scenarios, residual matrix, recommended measures and sign-off. */
@Component
class AssessmentReport {

    private final ITemplateEngine templates;
    private final RiskTimes times;

    AssessmentReport(ITemplateEngine templates, RiskTimes times) {
        this.templates = templates;
        this.times = times;
    }

    byte[] pdf(ScoredAssessment scored, Locale locale) {
        Context context = new Context(
                locale,
                Map.of(
                        "scored", scored,
                        "matrix", MatrixCell.rows(scored.residualMatrix()),
                        "times", times,
                        "locale", locale,
                        "lang", locale.getLanguage()));
        String html = templates.process("risk/report", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
