package org.bulwark.notify;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Pushes small events to the browsers of signed-in people over server-sent events, so that pages update without a
 * reload. An event names what changed; pages fetch the content through their usual, access-checked paths.
 */
public interface LiveUpdates {

    /** The accounts with at least one browser connected to this node now; never returns null. */
    Set<UUID> connectedAccounts();

    /**
     * Sends an event to every browser of these accounts connected to this node; accounts with none are skipped.
     * Never blocks on a slow browser and never throws for a broken connection.
     *
     * @param event the event name, such as {@code bulletin}; letters, digits and dashes
     * @param data a short JSON text, one line
     */
    void send(Collection<UUID> accounts, String event, String data);
}
