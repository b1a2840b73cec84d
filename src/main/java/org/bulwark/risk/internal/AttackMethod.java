package org.bulwark.risk.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.util.Assert;

/** An attack method of the catalogue with its checklist of mitigation questions, in checklist order. */
public record AttackMethod(
        String code, int position, String nameEn, String nameFr, List<MitigationQuestion> questions) {

    public AttackMethod {
        Assert.hasText(code, "code must not be blank");
        questions = List.copyOf(questions);
        Assert.notEmpty(questions, "a method has at least one question");
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public Optional<MitigationQuestion> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** This method with only the questions that pass the filter. */
    public AttackMethod keeping(Predicate<MitigationQuestion> filter) {
        return new AttackMethod(
                code,
                position,
                nameEn,
                nameFr,
                questions.stream().filter(filter).toList());
    }

    /** The sum of the questions' weights. */
    public int totalWeight() {
        return questions.stream().mapToInt(MitigationQuestion::weight).sum();
    }
}
