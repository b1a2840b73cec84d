package org.bulwark.notify.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retry of failed e-mails. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyScheduling {}
