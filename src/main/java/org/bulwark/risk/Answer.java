package org.bulwark.risk;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The answer to one mitigation question of a scenario's checklist. An unanswered question counts as not in place. */
public enum Answer {
    IN_PLACE(2),
    PARTLY(1),
    NOT_IN_PLACE(0);

    private final int credit;

    Answer(int credit) {
        this.credit = credit;
    }

    /** Half-points the answer earns per unit of weight: 2 in place, 1 partly, 0 not in place. */
    public int credit() {
        return credit;
    }

    /** The answer with this name, accepting dashes and any case; null for blank; throws for anything else. */
    public static @Nullable Answer parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Answer answer : values()) {
            if (answer.name().equals(normal)) {
                return answer;
            }
        }
        throw new IllegalArgumentException(
                "'" + value + "' is not an answer; use IN_PLACE, PARTLY or NOT_IN_PLACE, or leave it out.");
    }

    public String messageKey() {
        return "risk.answer." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
