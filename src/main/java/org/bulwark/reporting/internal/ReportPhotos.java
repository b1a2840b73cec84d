package org.bulwark.reporting.internal;

import org.bulwark.files.AcceptedFile;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Prepares an accepted file for storage. */
@Component
class ReportPhotos {

    /**
     * A file as it is stored.
     *
     * @param location where a photo says it was taken, when it says so
     */
    record Stored(
            String fileName,
            String contentType,
            byte[] content,
            @Nullable GeoPoint location) {}

    Stored prepare(AcceptedFile file) {
        return new Stored(file.fileName(), file.contentType(), file.content(), null);
    }
}
