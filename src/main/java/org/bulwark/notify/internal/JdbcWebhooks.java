package org.bulwark.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.bulwark.notify.Channel;
import org.bulwark.notify.Webhooks;
import org.bulwark.notify.internal.DeliveryRows.NewDelivery;
import org.bulwark.notify.internal.WebhookReceivers.Target;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Webhook events queued as deliveries, one per subscribed receiver, sharing one body. */
@Service
class JdbcWebhooks implements Webhooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookReceivers receivers;
    private final DeliveryRows rows;
    private final DeliveryWorkers workers;
    private final Clock clock = Clock.systemUTC();

    JdbcWebhooks(WebhookReceivers receivers, DeliveryRows rows, DeliveryWorkers workers) {
        this.receivers = receivers;
        this.rows = rows;
        this.workers = workers;
    }

    @Override
    @Transactional
    public int publish(String type, UUID event, String data) {
        Assert.isTrue(EVENT_TYPES.contains(type), "type must be one of " + EVENT_TYPES);
        Assert.notNull(event, "event must not be null");
        Assert.notNull(data, "data must not be null");
        List<Target> targets = receivers.subscribedTo(type);
        if (targets.isEmpty()) {
            return 0;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", type);
        body.put("timestamp", clock.instant().toString());
        body.set("data", JSON.readTree(data));
        UUID content = rows.content(event, type, type, body.toString(), null, type);
        List<NewDelivery> deliveries = new ArrayList<>(targets.size());
        for (Target target : targets) {
            String key = JdbcDeliveries.key(event, Channel.WEBHOOK, target.id().toString());
            deliveries.add(new NewDelivery(
                    DeliveryIds.next(), event, content, key, Channel.WEBHOOK, null, target.id(), target.url()));
        }
        int queued = rows.insert(deliveries).size();
        if (queued > 0) {
            JdbcDeliveries.afterCommit(() -> workers.wake(EnumSet.of(Channel.WEBHOOK)));
        }
        return queued;
    }
}
