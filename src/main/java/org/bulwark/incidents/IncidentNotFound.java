package org.bulwark.incidents;

import java.util.UUID;

/** No such incident or zone, or none the person may see. */
public class IncidentNotFound extends RuntimeException {

    public IncidentNotFound(UUID id) {
        super("no incident or zone " + id);
    }
}
