package org.bulwark.notify;

/** How a person wants e-mails about shared items. Alerts and threat-level changes are sent whatever they choose. */
public enum MailPreference {
    /** One e-mail per item, as soon as it is out. */
    IMMEDIATELY,
    /** One e-mail a day listing the items of the day. */
    DAILY_DIGEST,
    /** No e-mail; the in-app inbox only. */
    OFF
}
