package org.bulwark.incidents;

import org.jspecify.annotations.Nullable;

/**
 * An alert as a coordinator sends it: the card it started from, and the title and text as edited. Checked by
 * {@link IncidentAlerts#send}, which names each field at fault.
 *
 * @param card the name of an {@link ActionCard}
 */
public record AlertDraft(
        @Nullable String card,
        @Nullable String title,
        @Nullable String text) {}
