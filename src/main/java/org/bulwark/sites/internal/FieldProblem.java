package org.bulwark.sites.internal;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is wrong with one field of a site, as a message key and its arguments, so that forms, imports and the API
 * can each say it in the reader's language.
 */
public record FieldProblem(String field, String code, Object[] args) implements MessageSourceResolvable {

    public FieldProblem {
        args = args.clone();
    }

    static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, args);
    }

    /** The field's display name, for messages that name it. */
    static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"sites.field." + field}, field);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public String getDefaultMessage() {
        return field + " is invalid";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem that
                && field.equals(that.field)
                && code.equals(that.code)
                && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + code.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ": " + code + Arrays.toString(args);
    }
}
