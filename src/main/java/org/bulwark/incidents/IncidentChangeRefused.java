package org.bulwark.incidents;

/** A change that the incident's state forbids: it is closed, or the zone was redrawn meanwhile. Nothing changed. */
public class IncidentChangeRefused extends RuntimeException {

    public IncidentChangeRefused(String message) {
        super(message);
    }
}
