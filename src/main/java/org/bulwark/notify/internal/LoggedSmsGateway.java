package org.bulwark.notify.internal;

import org.bulwark.notify.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each text message to the log instead of sending it: where no SMS gateway is configured. */
class LoggedSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggedSmsGateway.class);

    @Override
    public void send(String to, String text) {
        log.info("SMS to {} (no gateway configured, bulwark.notify.sms.url): {}", to, text);
    }
}
