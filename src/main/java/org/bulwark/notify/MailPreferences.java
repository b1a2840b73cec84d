package org.bulwark.notify;

import java.util.UUID;

/** Each account's {@link MailPreference}; {@link MailPreference#IMMEDIATELY} until the person chooses otherwise. */
public interface MailPreferences {

    /** The account's preference; never returns null. */
    MailPreference of(UUID account);

    /** Records the account's preference. */
    void set(UUID account, MailPreference preference);
}
