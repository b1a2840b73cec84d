package org.bulwark.sharing.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of information sharing.
 *
 * @param unreadWindow how far back the inbox counts unopened bulletins as unread
 * @param attachmentLimit the largest attachment accepted
 * @param attachmentsPerBulletin the most attachments one bulletin may have
 * @param timeZone the zone in which dates are typed and shown
 */
@ConfigurationProperties("bulwark.sharing")
public record SharingSettings(
        @DefaultValue("P30D") Duration unreadWindow,
        @DefaultValue("10MB") DataSize attachmentLimit,
        @DefaultValue("10") int attachmentsPerBulletin,
        @DefaultValue("Europe/London") ZoneId timeZone) {}
