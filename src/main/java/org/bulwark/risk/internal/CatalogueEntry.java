package org.bulwark.risk.internal;

import java.util.List;
import java.util.Locale;
import org.bulwark.risk.RiskBand;

/** An attack method as the catalogue page shows it: every question, retired ones included, in checklist order. */
public record CatalogueEntry(String code, int position, String nameEn, String nameFr, List<Question> questions) {

    /** One question of the checklist; a retired one is no longer asked in drafts. */
    public record Question(
            String code,
            int position,
            int weight,
            RiskBand proportionateFrom,
            String textEn,
            String textFr,
            boolean retired) {

        public String text(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? textFr : textEn;
        }
    }

    public CatalogueEntry {
        questions = List.copyOf(questions);
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    /** How many questions are still asked. */
    public long activeQuestions() {
        return questions.stream().filter(q -> !q.retired()).count();
    }
}
