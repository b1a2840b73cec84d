package org.bulwark.engagement;

/** The person's role may not do this with alerts. */
public class AlertsNotPermitted extends RuntimeException {

    public AlertsNotPermitted(String message) {
        super(message);
    }
}
