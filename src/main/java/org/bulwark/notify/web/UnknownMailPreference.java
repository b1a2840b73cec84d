package org.bulwark.notify.web;

import org.jspecify.annotations.Nullable;

/** A mail preference that is none of {@link org.bulwark.notify.MailPreference}'s values. */
class UnknownMailPreference extends RuntimeException {

    private final @Nullable String value;

    UnknownMailPreference(@Nullable String value) {
        super("Unknown mail preference: " + value);
        this.value = value;
    }

    @Nullable
    String value() {
        return value;
    }
}
