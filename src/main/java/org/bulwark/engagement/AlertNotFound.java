package org.bulwark.engagement;

import java.util.UUID;

/** No such alert message, or none the person (or the public) may see. */
public class AlertNotFound extends RuntimeException {

    public AlertNotFound(UUID id) {
        super("no alert " + id);
    }
}
