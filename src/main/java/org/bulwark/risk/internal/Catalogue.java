package org.bulwark.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bulwark.risk.RiskBand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attack-method catalogue with its checklists, as stored, and the coordinators' edits to it. Questions are
 * never deleted: a retired question is no longer asked in drafts but stays for the assessments that answered it.
 */
@Component
public class Catalogue {

    /** The most questions a method asks at once, and the fewest. */
    static final int MAX_ACTIVE = 6;

    static final int MIN_ACTIVE = 3;

    /** The weights the scoring model and the stored checklist accept. */
    static final int MIN_WEIGHT = 1;

    static final int MAX_WEIGHT = 3;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active methods in catalogue order, each with the questions still asked, in checklist order. */
    public List<AttackMethod> methods() {
        return entries().stream()
                .map(e -> toMethod(e, false))
                .filter(m -> m != null)
                .toList();
    }

    /** The active methods with every question, retired ones included, for reading what was answered. */
    public List<AttackMethod> methodsWithRetiredQuestions() {
        return entries().stream()
                .map(e -> toMethod(e, true))
                .filter(m -> m != null)
                .toList();
    }

    public Optional<AttackMethod> method(String code) {
        return methods().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The active methods with every question and whether it is retired, for the catalogue page and API. */
    public List<CatalogueEntry> entries() {
        Map<String, List<CatalogueEntry.Question>> questions = new LinkedHashMap<>();
        jdbc.sql("select code, method_code, position, weight, proportionate_from, text_en, text_fr, retired"
                        + " from risk_question order by method_code, position")
                .query(rs -> {
                    questions
                            .computeIfAbsent(rs.getString("method_code"), k -> new ArrayList<>())
                            .add(new CatalogueEntry.Question(
                                    rs.getString("code"),
                                    rs.getInt("position"),
                                    rs.getInt("weight"),
                                    RiskBand.valueOf(rs.getString("proportionate_from")),
                                    rs.getString("text_en"),
                                    rs.getString("text_fr"),
                                    rs.getBoolean("retired")));
                });
        return jdbc.sql("select code, position, name_en, name_fr from risk_method where active order by position")
                .query((rs, n) -> new CatalogueEntry(
                        rs.getString("code"),
                        rs.getInt("position"),
                        rs.getString("name_en"),
                        rs.getString("name_fr"),
                        questions.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    public Optional<CatalogueEntry> entry(String methodCode) {
        return entries().stream().filter(e -> e.code().equals(methodCode)).findFirst();
    }

    /** Where a question is, by its code. */
    public Optional<CatalogueEntry> entryOfQuestion(String questionCode) {
        return entries().stream()
                .filter(e -> e.questions().stream().anyMatch(q -> q.code().equals(questionCode)))
                .findFirst();
    }

    private static @Nullable AttackMethod toMethod(CatalogueEntry entry, boolean withRetired) {
        List<MitigationQuestion> questions = entry.questions().stream()
                .filter(q -> withRetired || !q.retired())
                .map(q -> new MitigationQuestion(
                        q.code(), q.position(), q.weight(), q.proportionateFrom(), q.textEn(), q.textFr()))
                .toList();
        return questions.isEmpty()
                ? null
                : new AttackMethod(entry.code(), entry.position(), entry.nameEn(), entry.nameFr(), questions);
    }

    /** Renames a method in both languages. */
    @Transactional
    public void rename(String methodCode, @Nullable String nameEn, @Nullable String nameFr) {
        requireMethod(methodCode);
        List<InvalidCatalogueChange.Violation> violations = new ArrayList<>();
        String en = text(nameEn, "nameEn", 120, violations);
        String fr = text(nameFr, "nameFr", 120, violations);
        if (!violations.isEmpty()) {
            throw new InvalidCatalogueChange(violations);
        }
        jdbc.sql("update risk_method set name_en = ?, name_fr = ? where code = ?")
                .params(en, fr, methodCode)
                .update();
    }

    /** Adds a question at the end of a method's checklist; returns its code. */
    @Transactional
    public String addQuestion(String methodCode, QuestionInput input) {
        CatalogueEntry entry = requireMethod(methodCode);
        List<InvalidCatalogueChange.Violation> violations = new ArrayList<>();
        String code = input.code() == null ? "" : input.code().strip();
        if (code.isEmpty()) {
            violations.add(new InvalidCatalogueChange.Violation("code", "risk.catalogue.error.required"));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new InvalidCatalogueChange.Violation("code", "risk.catalogue.error.codeFormat"));
        } else if (jdbc.sql("select count(*) from risk_question where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0) {
            violations.add(new InvalidCatalogueChange.Violation("code", "risk.catalogue.error.codeTaken"));
        }
        Checked checked = check(input, violations);
        if (entry.activeQuestions() >= MAX_ACTIVE) {
            violations.add(new InvalidCatalogueChange.Violation("method", "risk.catalogue.error.tooMany"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCatalogueChange(violations);
        }
        int position = entry.questions().stream()
                        .mapToInt(CatalogueEntry.Question::position)
                        .max()
                        .orElse(0)
                + 1;
        jdbc.sql("insert into risk_question (code, method_code, position, weight, proportionate_from, text_en,"
                        + " text_fr, retired) values (?, ?, ?, ?, ?, ?, ?, false)")
                .params(code, methodCode, position, checked.weight, checked.band.name(), checked.textEn, checked.textFr)
                .update();
        return code;
    }

    /** Changes a question's texts, weight and band; its code and method stay. */
    @Transactional
    public void updateQuestion(String questionCode, QuestionInput input) {
        updateQuestion(questionCode, input, false);
    }

    /** Changes a question and, if asked, retires it; on any error nothing changes. */
    @Transactional
    public void updateQuestion(String questionCode, QuestionInput input, boolean retire) {
        CatalogueEntry entry = requireQuestion(questionCode);
        List<InvalidCatalogueChange.Violation> violations = new ArrayList<>();
        Checked checked = check(input, violations);
        if (retire && retiringLeavesTooFew(entry, questionCode)) {
            violations.add(new InvalidCatalogueChange.Violation("retired", "risk.catalogue.error.tooFew"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCatalogueChange(violations);
        }
        jdbc.sql("update risk_question set text_en = ?, text_fr = ?, weight = ?, proportionate_from = ?"
                        + " where code = ?")
                .params(checked.textEn, checked.textFr, checked.weight, checked.band.name(), questionCode)
                .update();
        if (retire) {
            retire(questionCode);
        }
    }

    private static boolean retiringLeavesTooFew(CatalogueEntry entry, String questionCode) {
        boolean active = entry.questions().stream().anyMatch(q -> q.code().equals(questionCode) && !q.retired());
        return active && entry.activeQuestions() <= MIN_ACTIVE;
    }

    /** Stops asking a question in drafts; a method keeps at least three questions. */
    @Transactional
    public void retire(String questionCode) {
        CatalogueEntry entry = requireQuestion(questionCode);
        boolean active = entry.questions().stream().anyMatch(q -> q.code().equals(questionCode) && !q.retired());
        if (!active) {
            return;
        }
        if (entry.activeQuestions() <= MIN_ACTIVE) {
            throw new InvalidCatalogueChange(
                    List.of(new InvalidCatalogueChange.Violation("retired", "risk.catalogue.error.tooFew")));
        }
        jdbc.sql("update risk_question set retired = true where code = ?")
                .param(questionCode)
                .update();
    }

    private CatalogueEntry requireMethod(String methodCode) {
        return entry(methodCode).orElseThrow(() -> new CatalogueItemNotFound(methodCode));
    }

    private CatalogueEntry requireQuestion(String questionCode) {
        return entryOfQuestion(questionCode).orElseThrow(() -> new CatalogueItemNotFound(questionCode));
    }

    private record Checked(String textEn, String textFr, int weight, RiskBand band) {}

    private static Checked check(QuestionInput input, List<InvalidCatalogueChange.Violation> violations) {
        String en = text(input.textEn(), "textEn", 400, violations);
        String fr = text(input.textFr(), "textFr", 400, violations);
        int weight = 0;
        try {
            weight = Integer.parseInt(
                    input.weight() == null ? "" : input.weight().strip());
        } catch (NumberFormatException e) {
            weight = 0;
        }
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            violations.add(new InvalidCatalogueChange.Violation("weight", "risk.catalogue.error.weight"));
        }
        RiskBand band = RiskBand.parse(
                input.proportionateFrom() == null
                        ? null
                        : input.proportionateFrom().strip());
        if (band == null) {
            violations.add(new InvalidCatalogueChange.Violation("proportionateFrom", "risk.catalogue.error.band"));
        }
        return new Checked(en, fr, weight, band == null ? RiskBand.LOW : band);
    }

    private static String text(
            @Nullable String value, String field, int max, List<InvalidCatalogueChange.Violation> violations) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            violations.add(new InvalidCatalogueChange.Violation(field, "risk.catalogue.error.required"));
        } else if (text.length() > max) {
            violations.add(new InvalidCatalogueChange.Violation(field, "risk.catalogue.error.tooLong"));
        }
        return text;
    }
}
