package org.bulwark.notify;

import org.springframework.util.Assert;

/**
 * An event pushed to the open pages of the in-app recipients of a {@link Message} once it is queued and committed.
 *
 * @param name letters, digits and dashes, such as {@code alert}
 * @param data one line of JSON that the page shows as it is; must not be null
 */
public record LiveEvent(String name, String data) {

    public LiveEvent {
        Assert.isTrue(name != null && name.matches("[A-Za-z0-9-]{1,60}"), "name must be letters, digits and dashes");
        Assert.notNull(data, "data must not be null");
    }
}
