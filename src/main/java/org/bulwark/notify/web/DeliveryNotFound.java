package org.bulwark.notify.web;

import java.util.UUID;

/** No such webhook receiver, or no such dead letter. */
class DeliveryNotFound extends RuntimeException {

    DeliveryNotFound(UUID id) {
        super("no webhook receiver or dead letter " + id);
    }
}
