package org.bulwark.threat.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the check for lapsed levels. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ThreatScheduling {}
