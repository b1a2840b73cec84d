package org.bulwark.engagement;

import java.util.List;
import java.util.stream.Collectors;

/** The alert as written is not usable; nothing was sent. */
public class InvalidAlert extends IllegalArgumentException {

    /** One field at fault, named as in the API ({@code texts[0].headline}), with what to correct. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidAlert(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
