package org.bulwark.sharing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No entry of the indicator catalogue has the code asked for, or none its reader may read. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IndicatorNotFound extends RuntimeException {

    public IndicatorNotFound(String code) {
        super("No indicator has the code " + code + ".");
    }
}
