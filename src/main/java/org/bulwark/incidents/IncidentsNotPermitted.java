package org.bulwark.incidents;

/** The person's role may not do this with incidents. */
public class IncidentsNotPermitted extends RuntimeException {

    public IncidentsNotPermitted(String message) {
        super(message);
    }
}
