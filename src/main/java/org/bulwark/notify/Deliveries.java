package org.bulwark.notify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deliveries of messages to people over several channels, recorded one per recipient, item and channel with their
 * attempts and outcome. Queuing joins the caller's transaction: the deliveries exist exactly when the caller's change
 * commits, and are handed to their transports only after it. Each channel has its own workers, so that a slow
 * channel never holds up another; failures are retried with exponential backoff and jitter, then go to the
 * dead-letter list.
 */
public interface Deliveries {

    /**
     * Queues the message to each recipient in the caller's transaction. A recipient already given a delivery of this
     * item over that channel is skipped, however often this runs. In-app deliveries are delivered as soon as the
     * transaction commits, and the message's {@link LiveEvent} then goes to the recipients' open pages.
     *
     * @return how many deliveries were queued now
     */
    int queue(Message message, Collection<Recipient> recipients);

    /**
     * Queues many messages with their recipients as {@link #queue} does, in a few batched statements however many
     * messages there are: for an alert whose text differs per organisation.
     *
     * @return how many deliveries were queued now
     */
    int queueAll(List<Addressed> messages);

    /** A message and the recipients it goes to. */
    record Addressed(Message message, Collection<Recipient> recipients) {}

    /**
     * The deliveries of an item, by channel then address.
     *
     * @param offset how many to skip
     * @param limit at most how many, capped at 5,000
     */
    List<DeliveryRecord> of(UUID item, int offset, int limit);

    /** How many deliveries of the item are in each state, per channel; never returns null. */
    Map<Channel, Map<DeliveryState, Long>> summary(UUID item);

    /** The dead letters, newest first, at most {@code limit} of them. */
    List<DeliveryRecord> deadLetters(int limit);

    /**
     * Gives a dead delivery a new series of attempts, due now. A webhook keeps its {@code webhook-id}.
     *
     * @return whether it was dead and is now pending
     */
    boolean replay(UUID delivery);

    /** Replays every dead letter; returns how many. */
    int replayAll();
}
