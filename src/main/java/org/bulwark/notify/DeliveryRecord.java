package org.bulwark.notify;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One delivery as recorded: to whom, over which channel, how many attempts so far and what came of the last one.
 *
 * @param account the recipient's account, or null (webhooks, people without an account)
 * @param receiver the webhook receiver, or null
 * @param address the e-mail address, telephone number, receiver URL, or account identifier for in-app
 * @param lastError what went wrong at the last failed attempt, or null
 */
public record DeliveryRecord(
        UUID id,
        UUID item,
        String topic,
        Channel channel,
        @Nullable UUID account,
        @Nullable UUID receiver,
        String address,
        DeliveryState state,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt) {}
