package org.bulwark.sites.web;

import java.util.List;
import java.util.Map;
import org.bulwark.sites.internal.InvalidEvidence;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for evidence that cannot be accepted, naming the field; a file over the limit is 413. */
@RestControllerAdvice(assignableTypes = SiteDutyApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteDutyApiProblems {

    private final MessageSource messages;

    SiteDutyApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidEvidence.class)
    ProblemDetail invalid(InvalidEvidence ex) {
        String reason =
                messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale());
        HttpStatus status = ex.code().endsWith("tooLarge") ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : "File too large");
        problem.setProperty("errors", List.of(Map.of("field", ex.field(), "code", ex.code(), "reason", reason)));
        return problem;
    }
}
