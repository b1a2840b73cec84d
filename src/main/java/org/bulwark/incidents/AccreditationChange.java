package org.bulwark.incidents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One status an accreditation was given; {@code from} is null for the first, PENDING when the person was added. */
public record AccreditationChange(@Nullable ScreeningStatus from, ScreeningStatus to, Instant at, String by) {}
