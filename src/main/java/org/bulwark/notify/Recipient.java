package org.bulwark.notify;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Who gets a delivery over which channel. Webhook recipients are the registered receivers, reached through
 * {@link Webhooks}, not named here.
 *
 * @param channel IN_APP, EMAIL or SMS
 * @param account the recipient's account; required for IN_APP, null for someone without one
 * @param address the e-mail address or telephone number; the account identifier for IN_APP
 */
public record Recipient(Channel channel, @Nullable UUID account, String address) {

    public Recipient {
        Assert.notNull(channel, "channel must not be null");
        Assert.isTrue(channel != Channel.WEBHOOK, "webhooks go to registered receivers through Webhooks");
        Assert.isTrue(channel != Channel.IN_APP || account != null, "an in-app recipient needs an account");
        Assert.hasText(address, "address must not be blank");
    }

    public static Recipient inApp(UUID account) {
        return new Recipient(Channel.IN_APP, account, account.toString());
    }

    public static Recipient email(@Nullable UUID account, String address) {
        return new Recipient(Channel.EMAIL, account, address.strip());
    }

    public static Recipient sms(@Nullable UUID account, String phone) {
        return new Recipient(Channel.SMS, account, phone.strip());
    }

    /** What tells two recipients of one item and channel apart: the same address gets one delivery. */
    public String identity() {
        return channel == Channel.IN_APP
                ? address
                : address.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
