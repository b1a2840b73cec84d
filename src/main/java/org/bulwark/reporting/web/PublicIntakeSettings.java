package org.bulwark.reporting.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse protection of the public doors, without any third-party service.
 *
 * @param burst how many reports and additions one network address may send at once
 * @param refill how long it takes that address to get its whole burst back
 * @param maxRequestBytes the largest request the public form or API accepts
 */
@ConfigurationProperties("bulwark.reporting.public-intake")
record PublicIntakeSettings(
        @DefaultValue("10") int burst,
        @DefaultValue("PT1H") Duration refill,
        @DefaultValue("30000000") long maxRequestBytes) {}
