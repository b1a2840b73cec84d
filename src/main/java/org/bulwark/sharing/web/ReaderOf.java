package org.bulwark.sharing.web;

import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.springframework.stereotype.Component;

/** The signed-in person as the access policy sees them, worked out afresh on every request. */
@Component
class ReaderOf {

    private final Readers readers;

    ReaderOf(Readers readers) {
        this.readers = readers;
    }

    Reader user(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
