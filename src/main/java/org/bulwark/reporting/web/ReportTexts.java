package org.bulwark.reporting.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bulwark.reporting.ProtectedTerms;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.internal.ReportingSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the report pages: times in the network's zone, and words naming protected characteristics marked. */
@Component("reportTexts")
class ReportTexts {

    private final ReportingSettings settings;

    ReportTexts(ReportingSettings settings) {
        this.settings = settings;
    }

    public String at(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", locale).format(instant.atZone(settings.timeZone()));
    }

    public List<ProtectedTerms.Part> parts(@Nullable String text) {
        return ProtectedTerms.split(text);
    }

    /** The flagged words anywhere in the report's free text, for the notice to the reviewer. */
    public Set<String> flagged(Report report) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(report.description());
        report.people().forEach(p -> {
            texts.add(p.appearance());
            texts.add(p.behaviour());
        });
        report.vehicles().forEach(v -> texts.add(v.description()));
        report.additions().forEach(a -> texts.add(a.text()));
        texts.add(report.articulableFacts());
        return ProtectedTerms.found(texts.toArray(String[]::new));
    }
}
