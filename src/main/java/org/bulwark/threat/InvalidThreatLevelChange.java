package org.bulwark.threat;

/** A level change that cannot be accepted, with a message a person can act on. */
public class InvalidThreatLevelChange extends RuntimeException {

    public InvalidThreatLevelChange(String message) {
        super(message);
    }
}
