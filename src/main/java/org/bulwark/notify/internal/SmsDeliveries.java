package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.notify.Channel;
import org.bulwark.notify.SmsGateway;
import org.bulwark.notify.internal.DeliveryRows.Claimed;
import org.springframework.stereotype.Component;

/** Hands text messages to the {@link SmsGateway}, a few at a time, each thread with a small batch of its own. */
@Component
class SmsDeliveries {

    static final int BATCH = 10;
    // a text message of ten parts at most; gateways split longer ones, or refuse them
    static final int TEXT_MAX = 1530;

    private final DeliveryRows rows;
    private final SmsGateway gateway;
    private final ChannelWorkers workers;

    SmsDeliveries(DeliveryRows rows, SmsGateway gateway, DeliverySettings settings) {
        this.rows = rows;
        this.gateway = gateway;
        this.workers = new ChannelWorkers("sms-delivery", settings.smsSenders(), BATCH, this::sendBatch);
    }

    void wake() {
        workers.wake();
    }

    int sendBatch() {
        List<Claimed> batch = rows.claim(Channel.SMS, null, BATCH);
        List<UUID> sent = new ArrayList<>();
        Map<Claimed, String> retry = new LinkedHashMap<>();
        Map<Claimed, String> giveUp = new LinkedHashMap<>();
        for (Claimed row : batch) {
            try {
                gateway.send(row.address(), text(row));
                sent.add(row.id());
            } catch (SmsGateway.SmsRefused e) {
                (e.mayRetry() ? retry : giveUp).put(row, String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                retry.put(row, e.toString());
            }
        }
        rows.recordClaimed(sent, retry, giveUp);
        return batch.size();
    }

    static String text(Claimed row) {
        String text = row.subject() + "\n" + row.body();
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    @PreDestroy
    void stop() {
        workers.stop();
    }
}
