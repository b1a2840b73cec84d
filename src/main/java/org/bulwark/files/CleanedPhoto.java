package org.bulwark.files;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A photo ready to store: its bytes hold the picture and what is needed to show it, and nothing about the camera, the
 * person or the place.
 *
 * @param content the image bytes to store; never null (compared by identity, as arrays are)
 * @param mediaType the media type to store and serve the bytes with, {@code image/jpeg} or {@code image/png}
 * @param location where the photo was taken, only when the reporter chose to share it and the camera recorded it;
 *     null otherwise
 */
public record CleanedPhoto(
        byte[] content, String mediaType, @Nullable PhotoLocation location) {

    public CleanedPhoto {
        Assert.notNull(content, "content must not be null");
        Assert.notNull(mediaType, "mediaType must not be null");
    }
}
