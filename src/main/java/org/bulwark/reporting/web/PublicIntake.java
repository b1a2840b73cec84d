package org.bulwark.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The abuse checks of both public doors, the form and the API: the honeypot, the size, the rate per address. */
@Component
class PublicIntake {

    private final AddressLimits limits;
    private final PublicIntakeSettings settings;

    PublicIntake(AddressLimits limits, PublicIntakeSettings settings) {
        this.limits = limits;
        this.settings = settings;
    }

    /**
     * Lets a submission through, or refuses it before anything is read further.
     *
     * @throws Refused with the reason
     */
    void admit(HttpServletRequest request, @Nullable String honeypot) {
        if (request.getContentLengthLong() > settings.maxRequestBytes()) {
            throw new Refused(Refused.Reason.TOO_LARGE, 0);
        }
        if (!limits.take(request.getRemoteAddr())) {
            throw new Refused(Refused.Reason.TOO_MANY, limits.secondsUntilNext());
        }
        if (honeypot != null && !honeypot.isBlank()) {
            throw new Refused(Refused.Reason.TRAPPED, 0);
        }
    }

    long maxRequestMegabytes() {
        return settings.maxRequestBytes() / 1_000_000;
    }

    /** A public submission refused before it was looked at; nothing was stored. */
    static class Refused extends RuntimeException {

        enum Reason {
            TOO_MANY,
            TOO_LARGE,
            TRAPPED
        }

        private final Reason reason;
        private final long retryAfterSeconds;

        Refused(Reason reason, long retryAfterSeconds) {
            super(
                    switch (reason) {
                        case TOO_MANY -> "Too many reports from this address lately; try again later.";
                        case TOO_LARGE -> "The request is too large.";
                        case TRAPPED -> "This report could not be accepted.";
                    });
            this.reason = reason;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        Reason reason() {
            return reason;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
