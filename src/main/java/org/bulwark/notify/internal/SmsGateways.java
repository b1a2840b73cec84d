package org.bulwark.notify.internal;

import org.bulwark.notify.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS gateway: the HTTP one when {@code bulwark.notify.sms.url} is set, otherwise the log. */
@Configuration(proxyBeanMethods = false)
class SmsGateways {

    private static final Logger log = LoggerFactory.getLogger(SmsGateways.class);

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway(SmsSettings settings) {
        if (settings.url().isBlank()) {
            log.info("No SMS gateway configured (bulwark.notify.sms.url): text messages are written to the log");
            return new LoggedSmsGateway();
        }
        return new HttpSmsGateway(settings);
    }
}
