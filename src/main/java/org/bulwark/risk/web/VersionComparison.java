package org.bulwark.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulwark.risk.internal.AssessmentVersion;
import org.bulwark.risk.internal.AttackMethod;
import org.bulwark.risk.internal.MitigationQuestion;
import org.bulwark.risk.internal.ScenarioSnapshot;
import org.jspecify.annotations.Nullable;

/** Two versions of an assessment side by side, scenario by scenario, marking what changed. */
public record VersionComparison(AssessmentVersion from, AssessmentVersion to, List<Section> sections) {

    /** One compared value; {@code labelKey} is a message key, or null when {@code label} is the text. */
    public record Row(@Nullable String labelKey, String label, String before, String after, boolean changed) {}

    /** The rows of one attack method. */
    public record Section(String methodName, boolean changed, List<Row> rows) {}

    public long changedRows() {
        return sections.stream()
                .flatMap(s -> s.rows().stream())
                .filter(Row::changed)
                .count();
    }

    static VersionComparison of(
            AssessmentVersion from, AssessmentVersion to, List<AttackMethod> methods, Locale locale) {
        Map<String, ScenarioSnapshot> before = byMethod(from);
        Map<String, ScenarioSnapshot> after = byMethod(to);
        List<Section> sections = new ArrayList<>();
        for (AttackMethod method : methods) {
            ScenarioSnapshot a = before.get(method.code());
            ScenarioSnapshot b = after.get(method.code());
            if (a == null && b == null) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            rows.add(row("risk.field.likelihood", a, b, s -> String.valueOf(s.likelihood())));
            rows.add(row("risk.field.likelihoodReason", a, b, s -> Objects.toString(s.likelihoodReason(), "")));
            rows.add(row("risk.field.vulnerability", a, b, s -> String.valueOf(s.vulnerability())));
            rows.add(row("risk.field.crowdDensity", a, b, s -> String.valueOf(s.crowdDensity())));
            rows.add(row("risk.field.symbolicValue", a, b, s -> String.valueOf(s.symbolicValue())));
            rows.add(row("risk.field.consequence", a, b, s -> String.valueOf(s.consequence())));
            rows.add(row("risk.field.inherent", a, b, s -> s.inherent() + " " + s.inherentBand()));
            rows.add(row("risk.field.residual", a, b, s -> s.residual() + " " + s.residualBand()));
            for (MitigationQuestion question : method.questions()) {
                String x = a == null ? "" : answer(a, question.code());
                String y = b == null ? "" : answer(b, question.code());
                rows.add(new Row(null, question.code() + " " + question.text(locale), x, y, !x.equals(y)));
            }
            rows.add(row("risk.field.comment", a, b, s -> Objects.toString(s.comment(), "")));
            sections.add(new Section(method.name(locale), rows.stream().anyMatch(Row::changed), List.copyOf(rows)));
        }
        return new VersionComparison(from, to, List.copyOf(sections));
    }

    private static String answer(ScenarioSnapshot snapshot, String code) {
        String answer = snapshot.answers().getOrDefault(code, "");
        return snapshot.demanded().contains(code) ? answer + " *" : answer;
    }

    private static Row row(
            String key,
            @Nullable ScenarioSnapshot a,
            @Nullable ScenarioSnapshot b,
            Function<ScenarioSnapshot, String> value) {
        String x = a == null ? "" : value.apply(a);
        String y = b == null ? "" : value.apply(b);
        return new Row(key, "", x, y, !x.equals(y));
    }

    private static Map<String, ScenarioSnapshot> byMethod(AssessmentVersion version) {
        return version.scenarios().stream()
                .collect(Collectors.toMap(ScenarioSnapshot::methodCode, s -> s, (x, y) -> x, java.util.HashMap::new));
    }
}
