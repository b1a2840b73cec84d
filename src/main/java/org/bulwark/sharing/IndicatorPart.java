package org.bulwark.sharing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The two parts of the catalogue, as in the functional standard for suspicious-activity reporting: behaviour that is
 * criminal in itself, and behaviour that may be innocent and needs more information before it means anything.
 */
public enum IndicatorPart {
    /** Defined criminal activity with a potential terrorism nexus. */
    A,
    /** Potential criminal or non-criminal activity that requires additional information. */
    B;

    /** The key of this part's title in the message bundles, such as {@code indicators.part.a}. */
    public String messageKey() {
        return "indicators.part." + name().toLowerCase(Locale.ROOT);
    }

    /** The key of the sentence that explains this part. */
    public String descriptionKey() {
        return messageKey() + ".description";
    }

    /** The part written as {@code A} or {@code b}, or null when the text names neither. */
    public static @Nullable IndicatorPart parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (IndicatorPart part : values()) {
            if (part.name().equals(name)) {
                return part;
            }
        }
        return null;
    }
}
