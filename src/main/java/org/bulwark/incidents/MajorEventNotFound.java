package org.bulwark.incidents;

import java.util.UUID;

/** No such major event, or no such task of it. */
public class MajorEventNotFound extends RuntimeException {

    public MajorEventNotFound(UUID id) {
        super("no major event or task " + id);
    }
}
