package org.bulwark.notify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the e-mails of one topic of {@link Mailings} when they are sent. A module that queues e-mails provides one
 * as a bean.
 */
public interface MailComposer {

    /** The topic this composer writes, such as {@code bulletin}; never returns null. */
    String topic();

    /**
     * The e-mails about a revision of an item for these accounts, written now. An account left out of the answer may
     * no longer read the item and is not mailed.
     */
    Map<UUID, Mail> compose(UUID item, int revision, Collection<UUID> accounts);

    /**
     * The entries of one account's digest for these items, written now, in the order given; items the account may no
     * longer read are left out.
     */
    List<Mail> digest(UUID account, List<UUID> items);
}
