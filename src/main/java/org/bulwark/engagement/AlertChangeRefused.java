package org.bulwark.engagement;

/** The alert can no longer be changed this way, e.g. because it was cancelled; nothing was sent. */
public class AlertChangeRefused extends RuntimeException {

    public AlertChangeRefused(String message) {
        super(message);
    }
}
