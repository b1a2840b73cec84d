package org.bulwark.risk.web;

import java.util.Map;
import org.bulwark.risk.Scenario;
import org.bulwark.risk.internal.AttackMethod;
import org.bulwark.risk.internal.ScenarioScore;

/**
 * A scenario as its form shows it: the values to show (what was typed when it was rejected), the stored figures,
 * and the messages of the fields that were rejected.
 */
public record ScenarioView(AttackMethod method, Scenario form, ScenarioScore score, Map<String, String> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String answerOf(String questionCode) {
        var answer = form.answer(questionCode);
        return answer == null ? "" : answer.name();
    }

    public boolean demanded(String questionCode) {
        return form.demanded().contains(questionCode);
    }
}
