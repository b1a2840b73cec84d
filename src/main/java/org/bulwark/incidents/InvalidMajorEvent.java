package org.bulwark.incidents;

import java.util.List;
import java.util.stream.Collectors;

/** The input for a major event or one of its tasks is not usable; nothing was changed. */
public class InvalidMajorEvent extends IllegalArgumentException {

    /** One field at fault, named as in the API, with what to correct. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidMajorEvent(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
