package org.bulwark.incidents.internal;

import java.time.Clock;
import org.bulwark.incidents.MajorEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every minute, moves the major events that start within 24 hours to their operational phase. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OperationalSwitchJob {

    private static final Logger log = LoggerFactory.getLogger(OperationalSwitchJob.class);

    private final MajorEvents events;

    OperationalSwitchJob(MajorEvents events) {
        this.events = events;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void run() {
        int switched = events.switchToOperational(Clock.systemUTC().instant());
        if (switched > 0) {
            log.info("{} major event(s) became operational, 24 hours before their start", switched);
        }
    }
}
