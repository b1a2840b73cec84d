package org.bulwark.notify;

/** How a delivery reaches its recipient. */
public enum Channel {
    /** In the application: visible once the queuing transaction commits, and pushed to the open pages. */
    IN_APP,
    EMAIL,
    /** A signed HTTP request to a registered partner system. */
    WEBHOOK,
    /** A text message through the configured {@link SmsGateway}. */
    SMS
}
