package org.bulwark.sharing;

import java.util.UUID;

/** No bulletin with this identifier exists that the reader may read: the two are not told apart, on purpose. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class BulletinNotFound extends RuntimeException {

    public BulletinNotFound(UUID id) {
        super("No bulletin " + id + " that you may read.");
    }
}
