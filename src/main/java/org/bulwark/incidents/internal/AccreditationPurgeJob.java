package org.bulwark.incidents.internal;

import java.time.Clock;
import org.bulwark.incidents.Accreditations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every hour, deletes the accreditation registers of the events that ended longer ago than
 * {@code bulwark.incidents.accreditation-retention}. Each node runs it; the lock on each event lets one of them delete.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccreditationPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(AccreditationPurgeJob.class);

    private final Accreditations accreditations;

    AccreditationPurgeJob(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void run() {
        try {
            int deleted = accreditations.purgeExpired(Clock.systemUTC().instant());
            if (deleted > 0) {
                log.info("Accreditation purge deleted {} people past their retention", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Accreditation purge failed: {}", e.toString());
        }
    }
}
