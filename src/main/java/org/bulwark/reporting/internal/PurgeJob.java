package org.bulwark.reporting.internal;

import org.bulwark.reporting.Purge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Purges reports past their retention on the schedule of {@code bulwark.reporting.retention.purge-cron}, in the
 * network's zone. Each node schedules it; the lock the purge takes lets only one of them remove anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PurgeJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PurgeJob.class);

    private final JdbcReportSafeguards safeguards;
    private final RetentionSettings retention;
    private final ReportingSettings settings;

    PurgeJob(JdbcReportSafeguards safeguards, RetentionSettings retention, ReportingSettings settings) {
        this.safeguards = safeguards;
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        String cron = retention.purgeCron().strip();
        if ("-".equals(cron)) {
            return;
        }
        registrar.addCronTask(new CronTask(this::run, new CronTrigger(cron, settings.timeZone())));
    }

    void run() {
        try {
            Purge purge = safeguards.runForJob();
            if (purge.ran()) {
                log.info("Report purge removed {} reports", purge.reports());
            } else {
                log.info("Report purge skipped: another node is running it");
            }
        } catch (RuntimeException e) {
            log.warn("Report purge failed: {}", e.toString());
        }
    }
}
