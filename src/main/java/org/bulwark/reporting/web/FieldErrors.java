package org.bulwark.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.InvalidReport.Violation;
import org.springframework.context.MessageSource;

/** The broken rules of a refused form, by field, in the reader's language. */
record FieldErrors(Map<String, List<String>> byField) {

    static FieldErrors of(InvalidReport invalid, MessageSource messages, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation v : invalid.violations()) {
            // attachments[2] and people[0] are shown on their group of fields
            String field = v.field().replaceAll("\\[\\d+\\].*$", "");
            byField.computeIfAbsent(field, key -> new ArrayList<>())
                    .add(messages.getMessage(v.code(), v.arguments(), v.message(), locale));
        }
        return new FieldErrors(byField);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> on(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }
}
