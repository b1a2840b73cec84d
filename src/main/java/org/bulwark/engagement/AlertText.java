package org.bulwark.engagement;

import org.jspecify.annotations.Nullable;

/**
 * What an alert says in one language.
 *
 * @param language {@code en} or {@code fr}
 * @param event what is happening, in a few words
 * @param headline a short summary, at most 160 characters
 * @param area where, in words
 */
public record AlertText(
        String language,
        String event,
        String headline,
        String description,
        @Nullable String instruction,
        String area) {}
