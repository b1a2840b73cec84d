package org.bulwark.sharing;

/** The reader may see the bulletin but not do this to it; nothing was changed. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
