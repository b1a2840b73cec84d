package org.bulwark.risk;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No assessment or site with this identifier that the person may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssessmentNotFound extends RuntimeException {

    public AssessmentNotFound(String message) {
        super(message);
    }
}
