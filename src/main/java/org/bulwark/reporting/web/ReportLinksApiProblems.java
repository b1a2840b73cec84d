package org.bulwark.reporting.web;

import java.util.List;
import java.util.Map;
import org.bulwark.reporting.internal.ReportLinkDismissalRefused;
import org.bulwark.reporting.internal.ReportLinkNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for the report links API: a refused dismissal names the note, an unknown link is a 404. */
@RestControllerAdvice(assignableTypes = ReportLinksApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportLinksApiProblems {

    private final MessageSource messages;

    ReportLinksApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportLinkDismissalRefused.class)
    ProblemDetail refused(ReportLinkDismissalRefused ex) {
        String reason =
                messages.getMessage(ex.reason().messageKey(), null, ex.getMessage(), LocaleContextHolder.getLocale());
        if (ex.reason() == ReportLinkDismissalRefused.Reason.ALREADY_DISMISSED) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
            problem.setTitle("Already dismissed");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors", List.of(Map.of("field", "note", "code", ex.reason().messageKey(), "reason", reason)));
        return problem;
    }

    @ExceptionHandler(ReportLinkNotFound.class)
    ProblemDetail notFound(ReportLinkNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
