package org.bulwark.incidents;

import java.util.List;
import java.util.stream.Collectors;

/** The input of a declaration or a zone change is not usable; nothing was changed. */
public class InvalidIncident extends IllegalArgumentException {

    /** One field at fault, named as in the API ({@code zones[0].geometry}), with what to correct. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidIncident(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
