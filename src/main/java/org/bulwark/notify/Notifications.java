package org.bulwark.notify;

import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

/** Tells people of the network something, in the application and by e-mail. */
public interface Notifications {

    /**
     * Stores one in-app notification per account and queues one e-mail per account to its address. The e-mails are
     * sent after the caller's transaction commits (nothing is sent when it rolls back), on another thread; a failed
     * e-mail is retried later and never fails the caller. An account told this notice's key before is skipped.
     *
     * @param accountIds the accounts to tell; repeated identifiers are told once
     * @param notice must not be null
     */
    void notify(Collection<UUID> accountIds, Notice notice);

    /** The language notices are written in. */
    Locale locale();
}
