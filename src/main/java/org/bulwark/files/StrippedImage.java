package org.bulwark.files;

import org.jspecify.annotations.Nullable;

/**
 * An image stream with every metadata segment or chunk removed, the dimensions its header declares, and the Exif
 * block (a TIFF structure) it carried, if any, to be read before it is forgotten.
 */
record StrippedImage(byte[] content, int width, int height, byte @Nullable [] exif) {}
