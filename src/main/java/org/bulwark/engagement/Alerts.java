package org.bulwark.engagement;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/**
 * Public and partner alerts. Every message is sent as it is stored and never changes afterwards. Coordinators issue,
 * update and cancel. Public alerts are for everyone. Restricted alerts are read by coordinators, analysts and
 * advisors; by partner systems (the integration role), which act over the whole area of the network as they do with
 * the zone feed; and by operators only when a message of the alert covered a site of their organisation when it was
 * sent. Overseers and administrators read public alerts only. A failed change sends nothing.
 */
public interface Alerts {

    /**
     * Sends the first message of a new alert.
     *
     * @throws InvalidAlert naming every field to correct
     * @throws AlertsNotPermitted unless the person is a coordinator
     */
    Alert issue(AlertDraft draft, BulwarkUser coordinator);

    /**
     * Sends an update of an alert, referring to every earlier message of it.
     *
     * @param alert the identifier of any message of the alert
     * @throws InvalidAlert naming every field to correct
     * @throws AlertChangeRefused when the alert was cancelled, or the update would change its scope
     */
    Alert update(UUID alert, AlertDraft draft, BulwarkUser coordinator);

    /**
     * Sends the cancellation of an alert, referring to every earlier message of it.
     *
     * @param alert the identifier of any message of the alert
     * @param note why, in a sentence; null or blank for no reason
     * @throws AlertChangeRefused when the alert was cancelled already
     */
    Alert cancel(UUID alert, @Nullable String note, BulwarkUser coordinator);

    /** The alerts the person may read, the most recently sent first; never returns null. */
    List<Alert> list(BulwarkUser reader);

    /**
     * The alert one of whose messages has this identifier, if the person may read it.
     *
     * @throws AlertNotFound when there is none the person may read
     */
    Alert get(UUID message, BulwarkUser reader);

    /** Public alerts for anyone, the most recently sent first, at most {@code limit} of them; never null. */
    List<Alert> publicAlerts(int limit);

    /**
     * The public alert one of whose messages has this identifier, for anyone.
     *
     * @throws AlertNotFound when there is none, or it is restricted
     */
    Alert publicAlert(UUID message);

    /** The messages of public alerts, the most recently sent first, at most {@code limit} of them; never null. */
    List<AlertMessage> publicMessages(int limit);
}
