package org.bulwark.incidents.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every minute (by default), escalates the sites that leave a roll-call unanswered and sends the e-mails due. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscalationJob {

    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

    private final Escalations escalations;

    EscalationJob(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(
            fixedDelayString = "${bulwark.incidents.escalation-interval:PT1M}",
            initialDelayString = "${bulwark.incidents.escalation-interval:PT1M}")
    void run() {
        try {
            int escalated = escalations.escalateOverdue(Clock.systemUTC().instant());
            if (escalated > 0) {
                log.info(
                        "{} site(s) left a roll-call unanswered and were escalated to their secondary contacts",
                        escalated);
            }
            escalations.sendDue(Clock.systemUTC().instant());
        } catch (RuntimeException e) {
            // the next run tries again; a database outage must not stop the schedule
            log.warn("Roll-call escalation failed: {}", e.toString());
        }
    }
}
