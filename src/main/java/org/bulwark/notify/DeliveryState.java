package org.bulwark.notify;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Waiting for its next attempt. */
    PENDING,
    /** A node is making an attempt now. */
    SENDING,
    /** Handed to its transport and accepted, or stored in the application for in-app deliveries. */
    DELIVERED,
    /** Every attempt failed: on the dead-letter list, from which a coordinator may replay it. */
    DEAD,
    /** Not to be delivered any more: its webhook receiver was removed. */
    CANCELLED
}
