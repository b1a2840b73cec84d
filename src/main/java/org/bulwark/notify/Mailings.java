package org.bulwark.notify;

import java.util.Collection;
import java.util.UUID;

/**
 * E-mails about items of other modules (such as bulletins) whose text is written by that module's
 * {@link MailComposer} when the e-mail is sent, not when it is queued: so an e-mail never carries more than its
 * recipient may read in the application at that moment.
 */
public interface Mailings {

    /**
     * Queues one e-mail per account about a revision of an item. Each account's {@link MailPreference} decides
     * whether it is sent right after the caller's transaction commits, gathered into that account's daily digest, or
     * not sent. An account already mailed about this topic, item and revision is skipped, however often this runs. An
     * account without an e-mail address, or disabled, is recorded as failed. Nothing is queued when the caller's
     * transaction rolls back, and the mail server is never waited for: a slow or dead one does not hold the caller.
     *
     * @param topic the {@link MailComposer#topic()} that writes the e-mails; must not be blank
     * @param item the item's identifier; must not be null
     * @param revision the item's revision, so that an update is mailed again; at least 1
     * @param accounts the accounts to mail; repeated identifiers are mailed once
     */
    void queue(String topic, UUID item, int revision, Collection<UUID> accounts);
}
