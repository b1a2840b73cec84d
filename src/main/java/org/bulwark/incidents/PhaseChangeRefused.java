package org.bulwark.incidents;

/** The phase asked for is not the one after the event's current phase; nothing changed. */
public class PhaseChangeRefused extends RuntimeException {

    public PhaseChangeRefused(String message) {
        super(message);
    }
}
