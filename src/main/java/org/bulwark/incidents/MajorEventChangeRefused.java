package org.bulwark.incidents;

/** A change that the event's state forbids, such as a change to the accreditations of an event that ended. */
public class MajorEventChangeRefused extends RuntimeException {

    public MajorEventChangeRefused(String message) {
        super(message);
    }
}
