package org.bulwark.risk.internal;

import org.jspecify.annotations.Nullable;

/** A question as entered: raw values, checked by {@link Catalogue}. The code is ignored when editing. */
public record QuestionInput(
        @Nullable String code,
        @Nullable String textEn,
        @Nullable String textFr,
        @Nullable String weight,
        @Nullable String proportionateFrom) {}
