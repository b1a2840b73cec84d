package org.bulwark.reporting.web;

import java.util.List;
import java.util.Map;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Problem+json for the report APIs: each broken rule with its field, conflicts as 409, abuse limits as 429. */
@RestControllerAdvice(assignableTypes = {ReportsApi.class, PublicReportsApi.class, SafeguardsApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportApiProblems {

    private final MessageSource messages;

    ReportApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidReport.class)
    ProblemDetail invalid(InvalidReport ex) {
        List<Map<String, Object>> errors = ex.violations().stream()
                .map(v -> Map.<String, Object>of(
                        "field",
                        v.field(),
                        "code",
                        v.code(),
                        "reason",
                        messages.getMessage(v.code(), v.arguments(), v.message(), LocaleContextHolder.getLocale())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.stream()
                        .map(e -> (String) e.get("reason"))
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ReportNotFound.class)
    ProblemDetail notFound(ReportNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ReportConflict.class)
    ProblemDetail conflict(ReportConflict ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(PublicIntake.Refused.class)
    ResponseEntity<ProblemDetail> refused(PublicIntake.Refused ex) {
        HttpStatus status = switch (ex.reason()) {
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TRAPPED -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle(status.getReasonPhrase());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (ex.reason() == PublicIntake.Refused.Reason.TOO_MANY) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The request is too large.");
        problem.setTitle("Content too large");
        return problem;
    }
}
