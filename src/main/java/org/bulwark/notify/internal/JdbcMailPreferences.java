package org.bulwark.notify.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.notify.MailPreference;
import org.bulwark.notify.MailPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.Assert;

/** Preferences in the {@code mail_preference} table; an account without a row gets e-mails immediately. */
@Service
class JdbcMailPreferences implements MailPreferences {

    // well below the bind-parameter limits of both databases
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    JdbcMailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MailPreference of(UUID account) {
        Assert.notNull(account, "account must not be null");
        return jdbc.sql("select preference from mail_preference where account_id = ?")
                .param(account)
                .query(String.class)
                .optional()
                .map(MailPreference::valueOf)
                .orElse(MailPreference.IMMEDIATELY);
    }

    @Override
    public void set(UUID account, MailPreference preference) {
        Assert.notNull(account, "account must not be null");
        Assert.notNull(preference, "preference must not be null");
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        // insert-or-update without a transaction of its own, so that two requests at once cannot fail each other
        int inserted = jdbc.sql("insert into mail_preference (account_id, preference, updated_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(account, preference.name(), now)
                .update();
        if (inserted == 0) {
            jdbc.sql("update mail_preference set preference = ?, updated_at = ? where account_id = ?")
                    .params(preference.name(), now, account)
                    .update();
        }
    }

    /** The preference of each of these accounts, in one query per thousand accounts; never returns null. */
    Map<UUID, MailPreference> of(Collection<UUID> accounts) {
        Map<UUID, MailPreference> preferences = new HashMap<>();
        List<UUID> all = new ArrayList<>(accounts);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select account_id, preference from mail_preference where account_id in (:accounts)")
                    .param("accounts", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, row) -> Map.entry(
                            rs.getObject("account_id", UUID.class), MailPreference.valueOf(rs.getString("preference"))))
                    .list()
                    .forEach(entry -> preferences.put(entry.getKey(), entry.getValue()));
        }
        for (UUID account : all) {
            preferences.putIfAbsent(account, MailPreference.IMMEDIATELY);
        }
        return preferences;
    }
}
