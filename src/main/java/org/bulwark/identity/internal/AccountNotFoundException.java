package org.bulwark.identity.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The account asked for does not exist, or no longer does. */
class AccountNotFoundException extends ResponseStatusException {

    AccountNotFoundException(@Nullable UUID id) {
        super(HttpStatus.NOT_FOUND, id == null ? "No such account." : "No account with id " + id + ".");
    }
}
