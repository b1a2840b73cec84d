package org.bulwark.sites.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The file formats the registry imports. Rows are CSV lines or GeoJSON features. */
public enum ImportFormat {
    CSV("sites.import.line"),
    GEOJSON("sites.import.feature");

    /** The message key that names a row's position, such as "line 7". */
    public final String positionKey;

    ImportFormat(String positionKey) {
        this.positionKey = positionKey;
    }

    /** The format of a file from its name, its declared type, or its first character. */
    public static ImportFormat detect(@Nullable String fileName, @Nullable String contentType, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GEOJSON;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return GEOJSON;
        }
        if (type.contains("csv")) {
            return CSV;
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' ? GEOJSON : CSV;
            }
        }
        return CSV;
    }
}
