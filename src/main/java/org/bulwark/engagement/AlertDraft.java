package org.bulwark.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An alert or update as a coordinator wrote it, before it is checked. Codes are given as text so that a wrong one is
 * reported with the field it came in, not as an unreadable request.
 *
 * @param incident the incident the alert is about; null for a standalone alert
 * @param scope {@code PUBLIC} or {@code RESTRICTED}; in an update, null keeps the alert's scope
 * @param restriction who a restricted alert is for, e.g. "Partner sites of the Port Alder network"
 * @param exercise whether the alert belongs to an exercise (CAP status Exercise) rather than a real event
 * @param category a CAP category, e.g. {@code Security} or {@code Safety}
 * @param urgency a CAP urgency, e.g. {@code Immediate}
 * @param severity a CAP severity, e.g. {@code Severe}
 * @param certainty a CAP certainty, e.g. {@code Observed}
 * @param expires when the alert stops applying; must be in the future
 * @param texts one per language, English and French
 * @param areas zones as GeoJSON (a polygon, or a point feature with a radius in metres); empty to take the zones of
 *     the incident that have not ended
 */
public record AlertDraft(
        @Nullable UUID incident,
        @Nullable String scope,
        @Nullable String restriction,
        boolean exercise,
        @Nullable String category,
        @Nullable String urgency,
        @Nullable String severity,
        @Nullable String certainty,
        @Nullable Instant expires,
        List<Text> texts,
        List<String> areas) {

    public AlertDraft {
        texts = texts == null ? List.of() : List.copyOf(texts);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** What the alert says in one language, as written. */
    public record Text(
            @Nullable String language,
            @Nullable String event,
            @Nullable String headline,
            @Nullable String description,
            @Nullable String instruction,
            @Nullable String area) {}
}
