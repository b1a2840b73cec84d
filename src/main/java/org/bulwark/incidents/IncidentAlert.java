package org.bulwark.incidents;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert sent to the operators of the sites in an incident's zones.
 *
 * @param sites how many sites it concerned
 * @param recipients how many people it went to
 */
public record IncidentAlert(
        UUID id,
        UUID incident,
        ActionCard card,
        String title,
        String text,
        String sentBy,
        Instant sentAt,
        int sites,
        int recipients) {}
