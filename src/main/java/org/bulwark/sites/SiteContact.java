package org.bulwark.sites;

import org.jspecify.annotations.Nullable;

/** The person to call about a site; any part may be missing. */
public record SiteContact(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email) {

    public static final SiteContact NONE = new SiteContact(null, null, null);

    public boolean isEmpty() {
        return name == null && phone == null && email == null;
    }
}
