package org.bulwark.risk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Formats instants for the risk pages and reports, in UTC as stored. */
@Component("riskTimes")
public class RiskTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String format(@Nullable Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
