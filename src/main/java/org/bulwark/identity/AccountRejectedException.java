package org.bulwark.identity;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.util.Assert;

/**
 * An account change was refused; nothing was stored. The message is English and says what to change; each
 * {@link Problem} also carries the key of the same explanation in the identity message bundles, so that a page can
 * show it next to the field in the user's language.
 */
public class AccountRejectedException extends IllegalArgumentException {

    private final List<Problem> problems;

    public AccountRejectedException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        Assert.notEmpty(problems, "problems must not be empty");
        this.problems = List.copyOf(problems);
    }

    public AccountRejectedException(Problem problem) {
        this(List.of(problem));
    }

    /** Every reason for the refusal, at least one; never returns null. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One reason for refusing an account change.
     *
     * @param field the field at fault, such as {@code username} or {@code password}
     * @param messageKey the key of the explanation in the identity message bundles
     * @param arguments the arguments of that message
     * @param message the explanation in English
     */
    public record Problem(String field, String messageKey, List<Object> arguments, String message) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String field, String messageKey, String message, Object... arguments) {
            return new Problem(field, messageKey, List.of(arguments), message);
        }
    }
}
