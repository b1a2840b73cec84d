package org.bulwark.incidents.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of major events.
 *
 * @param accreditationRetention how long after an event ends its accreditation register is kept
 */
@ConfigurationProperties("bulwark.incidents")
public record EventSettings(@DefaultValue("90d") Duration accreditationRetention) {

    public EventSettings {
        if (accreditationRetention.isNegative() || accreditationRetention.isZero()) {
            throw new IllegalArgumentException("bulwark.incidents.accreditation-retention must be positive.");
        }
    }
}
