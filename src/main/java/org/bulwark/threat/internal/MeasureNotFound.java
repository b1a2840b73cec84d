package org.bulwark.threat.internal;

/** No measure, or no site the person may see, has the identifier asked for. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class MeasureNotFound extends RuntimeException {

    public MeasureNotFound(String message) {
        super(message);
    }
}
