package org.bulwark.notify.web;

import java.util.Arrays;
import java.util.List;
import org.bulwark.notify.MailPreference;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json that tells a caller of the mail-preference API which values it takes. */
@RestControllerAdvice(assignableTypes = MailPreferenceApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotifyApiProblems {

    static final List<String> ALLOWED =
            Arrays.stream(MailPreference.values()).map(Enum::name).toList();

    @ExceptionHandler(UnknownMailPreference.class)
    ProblemDetail unknown(UnknownMailPreference ex) {
        String given = ex.value() == null ? "No preference" : "'" + ex.value() + "' is not a mail preference and";
        return problem(given + " was given. Send one of " + String.join(", ", ALLOWED)
                + ", such as {\"preference\":\"DAILY_DIGEST\"}. Nothing was changed.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        return problem("The body is not the JSON this endpoint expects. Send {\"preference\":\"DAILY_DIGEST\"}, the"
                + " preference one of " + String.join(", ", ALLOWED) + ". Nothing was changed.");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid mail preference");
        problem.setProperty("allowed", ALLOWED);
        return problem;
    }
}
