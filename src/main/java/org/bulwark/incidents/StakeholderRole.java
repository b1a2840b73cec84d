package org.bulwark.incidents;

import java.util.Locale;

/** What a stakeholder does at a major event. */
public enum StakeholderRole {
    ORGANISER,
    VENUE_OPERATOR,
    POLICE,
    AMBULANCE,
    FIRE,
    TRANSPORT,
    SECURITY_CONTRACTOR,
    LOCAL_AUTHORITY,
    OTHER;

    /** Whether the people of a stakeholder organisation in this role read the whole accreditation register. */
    public boolean readsWholeRegister() {
        return this == ORGANISER || this == POLICE;
    }

    /** The key of this role's display name in the message bundles. */
    public String messageKey() {
        return "events.stakeholder.role." + name().toLowerCase(Locale.ROOT);
    }
}
