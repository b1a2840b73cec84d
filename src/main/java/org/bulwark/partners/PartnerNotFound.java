package org.bulwark.partners;

/** Thrown when an organisation, member or sector that a change refers to does not exist. */
public class PartnerNotFound extends RuntimeException {

    public PartnerNotFound(String message) {
        super(message);
    }
}
