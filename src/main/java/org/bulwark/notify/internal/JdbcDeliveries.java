package org.bulwark.notify.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.notify.Channel;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.DeliveryRecord;
import org.bulwark.notify.DeliveryState;
import org.bulwark.notify.LiveEvent;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.notify.Message;
import org.bulwark.notify.Recipient;
import org.bulwark.notify.internal.DeliveryRows.Content;
import org.bulwark.notify.internal.DeliveryRows.NewDelivery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/** Deliveries in the {@code delivery} table, handed to the channels' workers after the queuing commit. */
@Service
class JdbcDeliveries implements Deliveries {

    static final int MAX_LIMIT = 5000;

    private final DeliveryRows rows;
    private final DeliveryWorkers workers;
    private final LiveUpdates live;

    JdbcDeliveries(DeliveryRows rows, DeliveryWorkers workers, LiveUpdates live) {
        this.rows = rows;
        this.workers = workers;
        this.live = live;
    }

    @Override
    @Transactional
    public int queue(Message message, Collection<Recipient> recipients) {
        Assert.notNull(message, "message must not be null");
        Assert.notNull(recipients, "recipients must not be null");
        return queueAll(List.of(new Addressed(message, recipients)));
    }

    @Override
    @Transactional
    public int queueAll(List<Addressed> messages) {
        Assert.notNull(messages, "messages must not be null");
        List<Content> contents = new ArrayList<>(messages.size());
        Map<String, NewDelivery> unique = new LinkedHashMap<>();
        Map<UUID, Message> byContent = new HashMap<>();
        for (Addressed addressed : messages) {
            Message message = addressed.message();
            Assert.notNull(message, "message must not be null");
            Assert.noNullElements(addressed.recipients(), "recipients must not contain null");
            if (addressed.recipients().isEmpty()) {
                continue;
            }
            UUID content = DeliveryIds.next();
            contents.add(new Content(
                    content,
                    message.item(),
                    message.topic(),
                    message.subject(),
                    message.text(),
                    message.linkPath(),
                    message.live() == null ? null : message.live().name()));
            byContent.put(content, message);
            for (Recipient recipient : addressed.recipients()) {
                String key = key(message.item(), recipient.channel(), recipient.identity());
                unique.putIfAbsent(
                        key,
                        new NewDelivery(
                                DeliveryIds.next(),
                                message.item(),
                                content,
                                key,
                                recipient.channel(),
                                recipient.account(),
                                null,
                                recipient.address()));
            }
        }
        if (unique.isEmpty()) {
            return 0;
        }
        rows.contents(contents);
        List<NewDelivery> inserted = rows.insert(List.copyOf(unique.values()));
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Map<UUID, List<UUID>> inApp = new LinkedHashMap<>();
        for (NewDelivery row : inserted) {
            channels.add(row.channel());
            if (row.channel() == Channel.IN_APP && byContent.get(row.content()).live() != null) {
                inApp.computeIfAbsent(row.content(), key -> new ArrayList<>()).add(row.account());
            }
        }
        channels.remove(Channel.IN_APP);
        afterCommit(() -> {
            workers.wake(channels);
            inApp.forEach((content, accounts) -> {
                LiveEvent event = byContent.get(content).live();
                live.send(accounts, event.name(), event.data());
            });
        });
        return inserted.size();
    }

    /** The delivery key: one delivery per item, channel and recipient. */
    static String key(UUID item, Channel channel, String recipient) {
        String key = item + ":" + channel + ":" + recipient;
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliveryRecord> of(UUID item, int offset, int limit) {
        Assert.notNull(item, "item must not be null");
        return rows.of(item, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_LIMIT)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Channel, Map<DeliveryState, Long>> summary(UUID item) {
        return rows.summary(item);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliveryRecord> deadLetters(int limit) {
        return rows.dead(Math.max(0, Math.min(limit, MAX_LIMIT)));
    }

    @Override
    @Transactional
    public boolean replay(UUID delivery) {
        Channel channel = rows.channelOf(delivery);
        boolean replayed = rows.replay(delivery);
        if (replayed && channel != null) {
            afterCommit(() -> workers.wake(EnumSet.of(channel)));
        }
        return replayed;
    }

    @Override
    @Transactional
    public int replayAll() {
        int replayed = rows.replayAll();
        if (replayed > 0) {
            afterCommit(() -> workers.wake(EnumSet.allOf(Channel.class)));
        }
        return replayed;
    }
}
