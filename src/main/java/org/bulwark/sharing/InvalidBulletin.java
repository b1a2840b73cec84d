package org.bulwark.sharing;

import java.util.List;

/** A bulletin, or a change to one, breaks a rule; nothing was changed. */
public class InvalidBulletin extends IllegalArgumentException {

    private final List<Problem> problems;

    public InvalidBulletin(List<Problem> problems) {
        super(problems.stream()
                .map(Problem::message)
                .reduce((a, b) -> a + " " + b)
                .orElse("Invalid bulletin."));
        this.problems = List.copyOf(problems);
    }

    public InvalidBulletin(String field, String messageKey, String message) {
        this(List.of(new Problem(field, messageKey, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field the field at fault, such as {@code audience}
     * @param messageKey the bundle key that explains it to a person
     * @param message the same explanation in English, for the API
     */
    public record Problem(String field, String messageKey, String message) {}
}
