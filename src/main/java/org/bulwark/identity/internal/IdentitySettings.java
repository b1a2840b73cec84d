package org.bulwark.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module.
 *
 * @param tokenLifetime how long an API token is valid after it is issued
 * @param maxFailedLogins failed logins in a row after which an account is locked
 * @param lockDuration how long such a lock lasts
 */
@ConfigurationProperties("bulwark.identity")
record IdentitySettings(
        @DefaultValue("12h") Duration tokenLifetime,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration) {

    IdentitySettings {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("bulwark.identity.token-lifetime must be positive, e.g. 12h");
        }
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("bulwark.identity.max-failed-logins must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("bulwark.identity.lock-duration must be positive, e.g. 15m");
        }
    }

    static IdentitySettings defaults() {
        return new IdentitySettings(Duration.ofHours(12), 5, Duration.ofMinutes(15));
    }

    /** The lock duration in whole minutes, at least one, as the login page states it. */
    long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }
}
