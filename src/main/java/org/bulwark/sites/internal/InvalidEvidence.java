package org.bulwark.sites.internal;

/** Evidence that cannot be accepted; nothing was stored. Carries a message key and its arguments. */
public class InvalidEvidence extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public InvalidEvidence(String field, String code, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
