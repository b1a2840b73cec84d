package org.bulwark.notify.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.notify.Channel;
import org.bulwark.notify.internal.DeliveryRows.Claimed;
import org.bulwark.notify.internal.Letters.Letter;
import org.bulwark.notify.internal.Letters.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands e-mail deliveries to the mail server: a few threads each lock a batch, and the recipients of the same text
 * share one message to the server, each a recipient of its envelope. A batch is locked, handed over and recorded in
 * one transaction, so that each delivery is written once; a node that stops while handing a batch over leaves it
 * pending for the next sender at once. The message keeps the same Message-ID whenever it is handed over again, so
 * that a copy sent twice (the node stopped between the server's answer and the record of it) is recognised as one by
 * mail stores that keep one message per Message-ID.
 */
@Component
class EmailDeliveries {

    private final DeliveryRows rows;
    private final Letters letters;
    private final NotifySettings notify;
    private final DeliverySettings settings;
    private final TransactionTemplate transactions;
    private final ChannelWorkers workers;

    EmailDeliveries(
            DeliveryRows rows,
            Letters letters,
            NotifySettings notify,
            DeliverySettings settings,
            TransactionTemplate transactions) {
        this.rows = rows;
        this.transactions = transactions;
        this.letters = letters;
        this.notify = notify;
        this.settings = settings;
        this.workers =
                new ChannelWorkers("email-delivery", settings.emailSenders(), settings.emailBatch(), this::sendBatch);
    }

    void wake() {
        workers.wake();
    }

    int sendBatch() {
        Integer sent = transactions.execute(status -> sendLocked());
        return sent == null ? 0 : sent;
    }

    private int sendLocked() {
        List<Claimed> batch = rows.lockDue(Channel.EMAIL, settings.emailBatch());
        if (batch.isEmpty()) {
            return 0;
        }
        Map<UUID, Map<String, List<Claimed>>> byContent = new LinkedHashMap<>();
        for (Claimed row : batch) {
            byContent
                    .computeIfAbsent(row.content(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(row.address(), key -> new ArrayList<>())
                    .add(row);
        }
        List<Letter> outgoing = new ArrayList<>();
        List<Map<String, List<Claimed>>> addressed = new ArrayList<>();
        byContent.forEach((content, byAddress) -> {
            Claimed first = byAddress.values().iterator().next().get(0);
            String text = first.linkPath() == null
                    ? first.body()
                    : first.body() + "\n\n" + notify.link(first.linkPath()) + "\n";
            List<String> addresses = List.copyOf(byAddress.keySet());
            int share = notify.recipientsPerMessage();
            for (int from = 0; from < addresses.size(); from += share) {
                List<String> to = addresses.subList(from, Math.min(addresses.size(), from + share));
                Map<String, List<Claimed>> these = new LinkedHashMap<>();
                to.forEach(address -> these.put(address, byAddress.get(address)));
                // one text is one message, as on a mailing list, however many envelopes carry it
                String messageId = "<" + first.content() + "@bulwark>";
                outgoing.add(new Letter(to, first.subject(), text, messageId));
                addressed.add(these);
            }
        });
        List<Map<String, Refusal>> refused = letters.send(outgoing);
        List<UUID> sent = new ArrayList<>();
        Map<Claimed, String> retry = new LinkedHashMap<>();
        Map<Claimed, String> giveUp = new LinkedHashMap<>();
        for (int i = 0; i < outgoing.size(); i++) {
            Map<String, Refusal> refusals = refused.get(i);
            addressed.get(i).forEach((address, claimed) -> {
                Refusal refusal = refusals.get(address);
                for (Claimed row : claimed) {
                    if (refusal == null) {
                        sent.add(row.id());
                    } else if (refusal.mayRetry()) {
                        retry.put(row, refusal.error());
                    } else {
                        giveUp.put(row, refusal.error());
                    }
                }
            });
        }
        rows.recordLocked(sent, retry, giveUp);
        return batch.size();
    }

    @PreDestroy
    void stop() {
        workers.stop();
    }
}
