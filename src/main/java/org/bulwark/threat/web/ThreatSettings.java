package org.bulwark.threat.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the threat-level pages.
 *
 * @param timeZone the zone in which expiry times are typed and shown
 */
@ConfigurationProperties("bulwark.threat")
record ThreatSettings(@DefaultValue("Europe/London") ZoneId timeZone) {}
