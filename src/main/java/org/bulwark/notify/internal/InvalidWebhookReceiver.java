package org.bulwark.notify.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A webhook receiver that cannot be registered as given; nothing was changed. */
public class InvalidWebhookReceiver extends IllegalArgumentException {

    /** One field at fault, named as in the API, with what to correct. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    InvalidWebhookReceiver(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
