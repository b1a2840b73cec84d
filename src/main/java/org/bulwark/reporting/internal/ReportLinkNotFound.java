package org.bulwark.reporting.internal;

import java.util.UUID;

/** No link has the identifier, or not between the reports named. */
public class ReportLinkNotFound extends RuntimeException {

    public ReportLinkNotFound(UUID link) {
        super("No report link " + link);
    }
}
