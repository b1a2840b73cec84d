package org.bulwark.reporting.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of report intake.
 *
 * @param maxFiles the most attachments a member or partner sends with one report
 * @param maxFileSize the largest attachment a member or partner sends
 * @param maxPublicPhotos the most photos the public sends at once, with a report or an addition
 * @param maxPublicPhotoSize the largest photo the public sends
 * @param maxDescription the longest description, addition or statement of facts, in characters
 * @param timeZone the zone in which times are typed and shown
 */
@ConfigurationProperties("bulwark.reporting")
public record ReportingSettings(
        @DefaultValue("10") int maxFiles,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("3") int maxPublicPhotos,
        @DefaultValue("8MB") DataSize maxPublicPhotoSize,
        @DefaultValue("8000") int maxDescription,
        @DefaultValue("Europe/London") ZoneId timeZone) {}
