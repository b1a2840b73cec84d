package org.bulwark.sharing.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bulwark.sharing.internal.SharingSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Times as the bulletin pages show them: in the network's time zone, with the zone named. */
@Component("sharingTimes")
class SharingTimes {

    private final SharingSettings settings;

    SharingTimes(SharingSettings settings) {
        this.settings = settings;
    }

    public String at(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", locale).format(instant.atZone(settings.timeZone()));
    }
}
