package org.bulwark.notify.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.notify.Mail;
import org.bulwark.notify.MailComposer;
import org.springframework.stereotype.Component;

/**
 * The composer of the {@value #TOPIC} topic in tests: writes every account an e-mail naming the item, except the
 * accounts a test said may not read it, and fails for the items a test said it cannot write.
 */
@Component
public class TestMailComposer implements MailComposer {

    public static final String TOPIC = "test-item";

    private final Set<String> unreadable = ConcurrentHashMap.newKeySet();
    private final Set<UUID> broken = ConcurrentHashMap.newKeySet();
    private final Set<UUID> alike = ConcurrentHashMap.newKeySet();

    /** From now on the account may not read the item. */
    public void forbid(UUID account, UUID item) {
        unreadable.add(account + "/" + item);
    }

    /** From now on the item cannot be written. */
    public void breakItem(UUID item) {
        broken.add(item);
    }

    /** From now on everyone gets the same e-mail about the item, as with a bulletin. */
    public void writeAlike(UUID item) {
        alike.add(item);
    }

    public void repair(UUID item) {
        broken.remove(item);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UUID, Mail> compose(UUID item, int revision, Collection<UUID> accounts) {
        failIfBroken(item);
        Map<UUID, Mail> mails = new LinkedHashMap<>();
        for (UUID account : accounts) {
            if (!unreadable.contains(account + "/" + item)) {
                String text = alike.contains(item) ? "Written for everyone about " + item : text(item, account);
                mails.put(account, new Mail(subject(item, revision), text, link(item)));
            }
        }
        return mails;
    }

    @Override
    public List<Mail> digest(UUID account, List<UUID> items) {
        items.forEach(this::failIfBroken);
        return items.stream()
                .filter(item -> !unreadable.contains(account + "/" + item))
                .map(item -> new Mail("Entry " + item, "Summary of " + item, link(item)))
                .toList();
    }

    public static String subject(UUID item, int revision) {
        return "Item " + item + " revision " + revision;
    }

    public static String text(UUID item, UUID account) {
        return "Written for " + account + " about " + item;
    }

    public static String link(UUID item) {
        return "/items/" + item;
    }

    private void failIfBroken(UUID item) {
        if (broken.contains(item)) {
            throw new IllegalStateException("Item " + item + " cannot be written now");
        }
    }
}
