package org.bulwark.threat;

/**
 * A scheme that cannot be created, deleted or made active, with a message a person can act on.
 *
 * @see #field()
 */
public class InvalidThreatScheme extends RuntimeException {

    private final String field;
    private final boolean conflict;

    public InvalidThreatScheme(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** The field at fault ({@code code}, {@code name}, {@code levels}) or {@code scheme} for the whole scheme. */
    public String field() {
        return field;
    }

    /** Whether the request conflicts with data that exists (a code taken, a scheme in use) rather than being wrong. */
    public boolean conflict() {
        return conflict;
    }
}
